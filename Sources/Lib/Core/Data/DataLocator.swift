import Foundation
import Synchronization

/// Finds the repository's `data/` directory at run time.
///
/// Order: the environment variable `SWIFT_RESEARCH_DATA` (the data directory
/// itself, or a folder containing `data/`); then every ancestor of the current
/// directory; then every ancestor of the executable's directory. A directory
/// counts when it contains `cora.npz`. The answer is cached for the process.
public enum DataLocator {
    /// The environment variable consulted first.
    public static let environmentVariable = "SWIFT_RESEARCH_DATA"

    private static let cached = Mutex<String?>(nil)

    /// The data directory of this process.
    /// - Throws: ``DataError/dataDirectoryNotFound(searched:)`` naming the places searched.
    public static func dataDirectory() throws -> String {
        if let c = cached.withLock({ $0 }) { return c }
        var starts = [FileManager.default.currentDirectoryPath]
        if let exe = Bundle.main.executablePath { starts.append((exe as NSString).deletingLastPathComponent) }
        if let arg0 = CommandLine.arguments.first, !arg0.isEmpty {
            starts.append(URL(fileURLWithPath: arg0).resolvingSymlinksInPath().deletingLastPathComponent().path)
        }
        let result = locate(environment: ProcessInfo.processInfo.environment[environmentVariable], startDirectories: starts)
        guard let dir = result.directory else { throw DataError.dataDirectoryNotFound(searched: result.searched) }
        cached.withLock { $0 = dir }
        return dir
    }

    /// The search itself, without caching: the environment value first, then the ancestors of each start directory.
    /// - Returns: the directory found (if any) and the places searched.
    public static func locate(environment: String?, startDirectories: [String]) -> (directory: String?, searched: [String]) {
        let fm = FileManager.default
        var searched: [String] = []
        func check(_ dir: String) -> String? {
            for candidate in [dir, (dir as NSString).appendingPathComponent("data")]
            where fm.fileExists(atPath: (candidate as NSString).appendingPathComponent("cora.npz")) {
                return candidate
            }
            searched.append(dir)
            return nil
        }
        if let env = environment, !env.isEmpty, let d = check(env) { return (d, searched) }
        for start in startDirectories where !start.isEmpty {
            var dir = URL(fileURLWithPath: start).standardizedFileURL.path
            while true {
                if let d = check(dir) { return (d, searched) }
                let parent = (dir as NSString).deletingLastPathComponent
                if parent == dir || parent.isEmpty { break }
                dir = parent
            }
        }
        return (nil, Array(searched.prefix(12)))
    }

    /// The full path of a file in the data directory.
    public static func path(of file: String) throws -> String {
        (try dataDirectory() as NSString).appendingPathComponent(file)
    }
}
