import Foundation
import Protocol

/// Writes the kernelspec (kernel.json and logos) where `jupyter kernelspec list` finds it.
public enum KernelspecInstaller {
    /// Where to install, as in `jupyter kernelspec install`.
    public enum Destination: Equatable, Sendable {
        /// The user's Jupyter data folder (`~/.local/share/jupyter/kernels`).
        case user
        /// The active Python environment (`$VIRTUAL_ENV` or `$CONDA_PREFIX`)`/share/jupyter/kernels`.
        case sysPrefix
        /// `DIR/share/jupyter/kernels`.
        case prefix(String)
    }

    /// The default kernelspec name.
    public static let defaultName = "swift-research"
    /// The name front ends show.
    public static let defaultDisplayName = "Swift (research)"

    /// The `kernels` folder for `destination`.
    ///
    /// - Throws: ``KernelError`` for `sysPrefix` when no Python environment is active.
    public static func kernelsDirectory(for destination: Destination,
                                        environment env: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
        switch destination {
        case .user:
            return JupyterPaths.dataDirectory(environment: env) + "/kernels"
        case .sysPrefix:
            guard let p = env["VIRTUAL_ENV"] ?? env["CONDA_PREFIX"], !p.isEmpty else {
                throw KernelError("--sys-prefix needs an active Python environment ($VIRTUAL_ENV or $CONDA_PREFIX); "
                                  + "activate one, or use --prefix DIR or --user")
            }
            return p + "/share/jupyter/kernels"
        case .prefix(let dir):
            return (dir as NSString).standardizingPath + "/share/jupyter/kernels"
        }
    }

    /// Installs the kernelspec and returns the folder written.
    ///
    /// - Parameters:
    ///   - resources: the repository's `kernelspec/` folder (kernel.json template and logos).
    ///   - executable: absolute path of the kernel binary that kernel.json will launch.
    /// - Throws: ``KernelError`` when the template is missing or invalid or a file cannot be written.
    @discardableResult
    public static func install(name: String = defaultName, displayName: String = defaultDisplayName,
                               destination: Destination, executable: String, resources: String,
                               environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
        guard name.range(of: "^[A-Za-z0-9._-]+$", options: .regularExpression) != nil else {
            throw KernelError("invalid kernelspec name '\(name)': use letters, digits, '.', '_' and '-' only")
        }
        let templatePath = resources + "/kernel.json"
        guard let template = FileManager.default.contents(atPath: templatePath) else {
            throw KernelError("kernelspec template not found at \(templatePath); pass --kernelspec-dir DIR")
        }
        var spec: JSONValue
        do { spec = try JSONValue(parsing: Array(template)) } catch {
            throw KernelError("\(templatePath): \(error)")
        }
        guard let argv = spec["argv"]?.arrayValue else { throw KernelError("\(templatePath) has no argv list") }
        spec["argv"] = .array(argv.map { $0.stringValue == "{executable}" ? .string(executable) : $0 })
        spec["display_name"] = .string(displayName)

        let dir = try kernelsDirectory(for: destination, environment: environment) + "/" + name
        let fm = FileManager.default
        do {
            try fm.createDirectory(atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            let json = Data((spec.serialized() + "\n").utf8)
            try write(json, to: dir + "/kernel.json")
            for logo in ["logo-32x32.png", "logo-64x64.png", "logo-svg.svg"] {
                if let data = fm.contents(atPath: resources + "/" + logo) { try write(data, to: dir + "/" + logo) }
            }
        } catch let e as KernelError { throw e } catch {
            throw KernelError("cannot write the kernelspec to \(dir): \(error.localizedDescription)")
        }
        return dir
    }

    private static func write(_ data: Data, to path: String) throws {
        try? FileManager.default.removeItem(atPath: path)
        guard FileManager.default.createFile(atPath: path, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw KernelError("cannot create \(path)")
        }
    }

    /// Finds the `kernelspec/` folder by walking up from `start` (the executable's folder):
    /// the binary lives in the repository's `.build/<config>/`.
    public static func locateResources(from start: String) -> String? {
        var dir = (start as NSString).standardizingPath
        while dir != "/" && !dir.isEmpty {
            let candidate = dir + "/kernelspec"
            if FileManager.default.fileExists(atPath: candidate + "/kernel.json") { return candidate }
            dir = (dir as NSString).deletingLastPathComponent
        }
        return nil
    }
}
