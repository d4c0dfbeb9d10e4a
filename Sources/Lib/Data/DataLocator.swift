import Foundation

/// Finds the repository's `data/` directory at run time.
///
/// Order: the environment variable `SWIFT_RESEARCH_DATA` (the data directory
/// itself, or a folder containing `data/`); then every ancestor of the current
/// directory; then every ancestor of the executable's path. A directory counts
/// when it contains `cora.npz`.
public enum DataLocator {
    /// The environment variable consulted first.
    public static let environmentVariable = "SWIFT_RESEARCH_DATA"

    nonisolated(unsafe) private static var cached: String?

    /// The data directory.
    /// - Throws: ``DataError/dataDirectoryNotFound(searched:)`` naming the places searched.
    public static func dataDirectory() throws -> String {
        if let c = cached { return c }
        var searched: [String] = []
        let fm = FileManager.default
        func check(_ dir: String) -> String? {
            for candidate in [dir, (dir as NSString).appendingPathComponent("data")] {
                if fm.fileExists(atPath: (candidate as NSString).appendingPathComponent("cora.npz")) { return candidate }
            }
            searched.append(dir)
            return nil
        }
        if let env = ProcessInfo.processInfo.environment[environmentVariable], !env.isEmpty, let d = check(env) {
            cached = d
            return d
        }
        var starts = [fm.currentDirectoryPath]
        if let exe = Bundle.main.executablePath { starts.append((exe as NSString).deletingLastPathComponent) }
        starts.append((CommandLine.arguments.first.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().deletingLastPathComponent().path }) ?? "")
        for start in starts where !start.isEmpty {
            var dir = URL(fileURLWithPath: start).standardizedFileURL.path
            while true {
                if let d = check(dir) { cached = d; return d }
                let parent = (dir as NSString).deletingLastPathComponent
                if parent == dir || parent.isEmpty { break }
                dir = parent
            }
        }
        throw DataError.dataDirectoryNotFound(searched: Array(searched.prefix(12)))
    }

    /// The full path of a file in the data directory.
    public static func path(of file: String) throws -> String {
        (try dataDirectory() as NSString).appendingPathComponent(file)
    }
}
