import Foundation

/// The Python interpreter that runs a benchmark's peer script (PyTorch, matplotlib, ...).
public enum PeerPython {
    /// `$variable` if set, else the first executable of ~/peers-venv/bin/python (made by
    /// ../shared/tools/peers-setup.sh) and `fallbacks`; nil when none exists.
    public static func path(variable: String? = nil, fallbacks: [String] = ["/work/venv-torch/bin/python"]) -> String? {
        if let variable, let value = ProcessInfo.processInfo.environment[variable], !value.isEmpty { return value }
        let home = FileManager.default.homeDirectoryForCurrentUser.path
        return (["\(home)/peers-venv/bin/python"] + fallbacks).first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
