import Foundation
import Protocol
import ZeroMQ

/// The real kernel binary, started for a test with its own connection file and history.
///
/// Spawned with `posix_spawn` and reaped with `waitpid`, so waiting works from any thread;
/// its stderr goes to a file in the test's temporary folder.
public final class KernelProcess {
    /// The kernel's process id.
    public private(set) var pid: pid_t = 0
    public let connection: ConnectionInfo
    public let historyPath: String
    public let connectionFile: String
    private let stderrPath: String
    private var exitStatus: Int32?

    /// The built `swift-research-kernel`, beside the test bundle.
    public static var binary: String {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var dir = (exe as NSString).deletingLastPathComponent
        if let range = dir.range(of: ".xctest") {
            dir = (String(dir[..<range.lowerBound]) as NSString).deletingLastPathComponent
        }
        return dir + "/swift-research-kernel"
    }

    /// Starts the kernel on `transport` (tcp with free ports, or ipc in a temp folder).
    public init(transport: String = "tcp", historyPath: String? = nil) throws {
        let tmp = NSTemporaryDirectory() + "kernel-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: tmp, withIntermediateDirectories: true)
        let ports = transport == "tcp" ? try KernelProcess.freePorts(5) : [1, 2, 3, 4, 5]
        connection = ConnectionInfo(transport: transport, ip: transport == "tcp" ? "127.0.0.1" : tmp + "/k",
                                    shellPort: ports[0], controlPort: ports[1], iopubPort: ports[2],
                                    stdinPort: ports[3], hbPort: ports[4], key: Array(UUID().uuidString.utf8))
        connectionFile = tmp + "/connection.json"
        try connection.json.serialized().write(toFile: connectionFile, atomically: true, encoding: .utf8)
        self.historyPath = historyPath ?? tmp + "/history.sqlite"
        stderrPath = tmp + "/stderr.txt"
        pid = try KernelProcess.spawn(KernelProcess.binary, ["run", "--connection-file", connectionFile],
                                      environment: ["SWIFT_RESEARCH_HISTORY": self.historyPath], stderr: stderrPath)
    }

    deinit {
        if isRunning { kill(pid, SIGKILL); _ = waitForExit(timeout: 5) }
    }

    /// Connects a client and waits until iopub is live.
    public func client() throws -> TestClient {
        let c = try TestClient(connection: connection)
        try c.waitUntilReady(timeout: 20)
        return c
    }

    /// Whether the process is still alive (reaps it when it has exited).
    public var isRunning: Bool {
        if exitStatus != nil { return false }
        var status: Int32 = 0
        let r = waitpid(pid, &status, WNOHANG)
        if r == pid {
            // Exit code when exited normally, 128 + signal when killed.
            exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
            return false
        }
        return r == 0
    }

    /// Waits up to `timeout` seconds for the process to exit; returns its status, or nil if still running.
    public func waitForExit(timeout: Double) -> Int32? {
        let deadline = Date(timeIntervalSinceNow: timeout)
        while isRunning && Date() < deadline { usleep(5_000) }
        return exitStatus
    }

    /// Sends `signal` to the kernel.
    public func signal(_ signal: Int32) { kill(pid, signal) }

    /// Everything the kernel wrote to stderr so far.
    public func stderrText() -> String { (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? "" }

    /// Spawns `path` with `arguments`, the current environment plus `environment`, and stderr to a file.
    public static func spawn(_ path: String, _ arguments: [String], environment: [String: String] = [:],
                             stderr: String) throws -> pid_t {
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        // The child starts with no blocked signals and default dispositions, whatever the test runner set.
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attr, &none)
        posix_spawnattr_setsigdefault(&attr, &all)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, path, &actions, &attr, argv, envp)
        guard rc == 0 else { throw TestClientError("cannot start \(path): \(String(cString: strerror(rc)))") }
        return pid
    }

    /// `count` distinct free tcp ports on 127.0.0.1 (bound once by a throwaway socket each).
    public static func freePorts(_ count: Int) throws -> [Int] {
        let ctx = try ZMQContext()
        var sockets: [ZMQSocket] = []
        var ports: [Int] = []
        for _ in 0..<count {
            let s = try ZMQSocket(ctx, .router)
            try s.bind("tcp://127.0.0.1:*")
            ports.append(ConnectionInfo.port(ofEndpoint: s.lastEndpoint ?? "") ?? 0)
            sockets.append(s)
        }
        sockets.forEach { $0.close() }
        return ports
    }
}
