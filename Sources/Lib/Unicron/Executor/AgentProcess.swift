import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A child process started with posix_spawn and reaped with waitpid: the coordinator's handle on an agent.
final class AgentProcess {
    let pid: pid_t
    private(set) var exitStatus: Int32?

    /// Starts `path` with `arguments` and extra environment entries.
    init(path: String, arguments: [String], environment: [String: String]) throws {
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        let argv = ([path] + arguments).map { strdup($0) }
        let envp = env.keys.sorted().map { strdup("\($0)=\(env[$0]!)") }
        defer { (argv + envp).forEach { free($0) } }
        var cargv = argv + [nil], cenvp = envp + [nil]
        var p: pid_t = 0
        let rc = posix_spawn(&p, path, nil, nil, &cargv, &cenvp)
        guard rc == 0 else { throw UnicronError("cannot start agent '\(path)': \(String(cString: strerror(rc)))") }
        pid = p
    }

    /// Checks without blocking whether the process ended; returns its wait status once it has.
    func poll() -> Int32? {
        if let s = exitStatus { return s }
        var status: Int32 = 0
        let r = waitpid(pid, &status, WNOHANG)
        if r == pid { exitStatus = status }
        return exitStatus
    }

    /// Whether the process is stopped (state "T" in /proc/PID/stat), as a node-local supervisor sees a
    /// SIGSTOPped worker: alive but making no progress.
    var isStopped: Bool {
        guard exitStatus == nil, let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = text.lastIndex(of: ")") else { return false }
        let rest = text[text.index(after: close)...].trimmingCharacters(in: .whitespaces)
        return rest.hasPrefix("T") || rest.hasPrefix("t")
    }

    /// Sends a signal (SIGKILL, SIGSTOP, SIGTERM).
    func signal(_ sig: Int32) { if exitStatus == nil { _ = kill(pid, sig) } }

    /// Kills the process and waits for it (bounded: SIGKILL cannot be ignored, even by a stopped process).
    func terminate() {
        guard exitStatus == nil else { return }
        _ = kill(pid, SIGKILL)
        var status: Int32 = 0
        if waitpid(pid, &status, 0) == pid { exitStatus = status }
    }

    /// "signal 9" or "exit 3" for a wait status.
    static func describe(_ status: Int32) -> String {
        let sig = status & 0x7f
        return sig != 0 ? "killed by signal \(sig)" : "exited with status \((status >> 8) & 0xff)"
    }
}

/// Finds the `unicron-agent` executable: the `UNICRON_AGENT` environment variable if set, else next to the
/// running executable (the kernel, a test bundle or a benchmark built in the same build directory).
public enum AgentLocator {
    /// The environment variable that overrides the lookup.
    public static let environmentVariable = "UNICRON_AGENT"

    /// The agent's path; throws an error saying where it looked and how to fix it.
    /// - Parameters:
    ///   - environment: where `UNICRON_AGENT` is read (the process environment by default).
    ///   - executable: the running executable whose directory is searched (/proc/self/exe by default).
    public static func find(environment: [String: String] = ProcessInfo.processInfo.environment,
                            executable: String? = nil) throws -> String {
        let fm = FileManager.default
        if let p = environment[environmentVariable], !p.isEmpty {
            guard fm.isExecutableFile(atPath: p) else {
                throw UnicronError("\(environmentVariable)=\(p) is not an executable file: point it at a built unicron-agent")
            }
            return p
        }
        var candidates: [String] = []
        if let exe = executable ?? (try? fm.destinationOfSymbolicLink(atPath: "/proc/self/exe")) {
            var dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
            candidates.append(dir.appendingPathComponent("unicron-agent").path)
            // Test bundles on macOS live in X.xctest/Contents/MacOS; walk up a few levels.
            for _ in 0..<3 { dir = dir.deletingLastPathComponent(); candidates.append(dir.appendingPathComponent("unicron-agent").path) }
        }
        if let found = candidates.first(where: { fm.isExecutableFile(atPath: $0) }) { return found }
        throw UnicronError("unicron-agent not found (looked in: \(candidates.joined(separator: ", "))). Build it with "
            + "`swift build --product unicron-agent` in the same configuration as the kernel, or set \(environmentVariable) to its path.")
    }
}
