import Foundation

/// Jupyter's standard folders, resolved the way jupyter_core does on Linux.
public enum JupyterPaths {
    /// `$JUPYTER_DATA_DIR`, else `$XDG_DATA_HOME/jupyter`, else `~/.local/share/jupyter`.
    public static func dataDirectory(environment env: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let d = env["JUPYTER_DATA_DIR"], !d.isEmpty { return d }
        if let x = env["XDG_DATA_HOME"], !x.isEmpty { return x + "/jupyter" }
        return (env["HOME"] ?? NSHomeDirectory()) + "/.local/share/jupyter"
    }
}
