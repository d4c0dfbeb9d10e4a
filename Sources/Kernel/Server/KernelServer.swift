import Foundation
import Lib
import Protocol
import ZeroMQ

/// The kernel process's server: binds the five channels of a connection file and runs
/// one thread per role until a shutdown request, SIGTERM or ``requestStop()``.
///
/// - heartbeat: echoes pings, independent of everything else;
/// - control: `kernel_info`, `shutdown`, `interrupt`, `debug`; answers while a cell runs;
/// - shell: one request at a time, in order; runs cells on a 512 MB stack and owns stdin;
/// - iopub: the single owner of the PUB socket (``IOPubPublisher``).
///
/// The server knows nothing about the cell language: it drives an ``Interpreter``.
public final class KernelServer {
    /// Stack size of the shell thread, which evaluates cells.
    public static let shellStackSize = 512 << 20

    private let context: ZMQContext
    private let shell, control, stdin: RouterChannel
    private let heartbeat: ZMQSocket
    private let iopub: IOPubPublisher
    private let core: KernelCore
    private let stop = StopFlag()
    private let interpreter: Interpreter
    private let interrupt: InterruptFlag
    /// The connection actually bound: tcp ports given as 0 are replaced by the ports chosen.
    public let connection: ConnectionInfo

    /// Binds every channel of `connection`. `historyPath` nil keeps history in memory.
    /// `interrupt` is the flag interrupt requests set; it is the shell thread's
    /// `Interruption.current`, so the interpreter and library loops poll it.
    ///
    /// - Throws: ``KernelError`` naming the channel and endpoint that could not be bound.
    public init(connection: ConnectionInfo, interpreter: Interpreter, historyPath: String?,
                interrupt: InterruptFlag = Interruption.shared) throws {
        self.interpreter = interpreter
        self.interrupt = interrupt
        let context = try ZMQContext()
        self.context = context
        let codec = WireCodec(key: connection.key)
        let identity = MessageIdentity()

        func bound(_ kind: ZMQSocket.Kind, _ role: String, _ endpoint: String) throws -> ZMQSocket {
            let s = try ZMQSocket(context, kind)
            do { try s.bind(endpoint) } catch {
                throw KernelError("cannot bind the \(role) channel to \(endpoint): \(error)")
            }
            return s
        }
        shell = RouterChannel(name: "shell", socket: try bound(.router, "shell", connection.shellEndpoint),
                              codec: codec, identity: identity)
        control = RouterChannel(name: "control", socket: try bound(.router, "control", connection.controlEndpoint),
                                codec: codec, identity: identity)
        let stdinSocket = try bound(.router, "stdin", connection.stdinEndpoint)
        // An input_request to a client whose stdin socket has not connected yet fails
        // (and is retried) instead of vanishing.
        try stdinSocket.setRouterMandatory(true)
        stdin = RouterChannel(name: "stdin", socket: stdinSocket, codec: codec, identity: identity)
        // ROUTER, not REP (as ipykernel): each ping is echoed to its sender with no
        // request/reply state that a broken peer could leave half-way.
        heartbeat = try bound(.router, "heartbeat", connection.hbEndpoint)
        let pub = try bound(.pub, "iopub", connection.iopubEndpoint)
        try pub.setLinger(1000)
        iopub = IOPubPublisher(socket: pub, codec: codec, identity: identity)

        var chosen = connection
        func actual(_ s: ZMQSocket, _ p: Int) -> Int { s.lastEndpoint.flatMap(ConnectionInfo.port(ofEndpoint:)) ?? p }
        chosen.shellPort = actual(shell.socket, connection.shellPort)
        chosen.controlPort = actual(control.socket, connection.controlPort)
        chosen.stdinPort = actual(stdin.socket, connection.stdinPort)
        chosen.hbPort = actual(heartbeat, connection.hbPort)
        chosen.iopubPort = actual(pub, connection.iopubPort)
        self.connection = chosen

        var history: HistoryStore?
        do { history = try HistoryStore(path: historyPath ?? ":memory:") } catch {
            KernelLog.warning("history file \(historyPath ?? "") unavailable (\(error)); keeping history in memory")
            history = try? HistoryStore(path: ":memory:")
        }
        core = KernelCore(interpreter: interpreter, iopub: iopub, stdin: stdin, history: history, stop: stop,
                          interrupt: interrupt)
    }

    /// Asks the server to shut down; ``run()`` returns soon after. Any thread.
    public func requestStop() {
        interrupt.request()
        stop.set()
    }

    /// Runs until shutdown; returns whether a restart was requested.
    ///
    /// - Throws: ``KernelError`` when a thread cannot be started.
    @discardableResult
    public func run() throws -> Bool {
        try iopub.start()
        core.announceStart()
        let hb = try KernelThread(name: "heartbeat") { [heartbeat, stop] in
            KernelServer.echo(heartbeat, until: stop)
        }
        let ctl = try KernelThread(name: "control") { [self] in
            serve(control, table: KernelCore.controlHandlers)
        }
        let sh = try KernelThread(name: "shell", stackSize: KernelServer.shellStackSize) { [self] in
            // Cells and library loops on this thread poll this kernel's flag.
            Interruption.withFlag(interrupt) { serve(shell, table: KernelCore.shellHandlers) }
        }
        KernelLog.debug("listening on \(connection.shellEndpoint) (shell)")

        // Like ipykernel's parent poller: a kernel whose launcher died (re-parented) shuts down.
        let parent = getppid()
        var ticks = 0
        while !stop.isSet && !KernelSignals.terminationRequested {
            usleep(10_000)
            ticks += 1
            if ticks % 50 == 0 && getppid() != parent {
                KernelLog.info("the process that started the kernel exited; shutting down")
                break
            }
        }
        if KernelSignals.terminationRequested { KernelLog.info("SIGTERM: shutting down") }
        requestStop()

        ctl.join(timeout: 2)
        hb.join(timeout: 2)
        let shellEnded = sh.join(timeout: 3)
        if shellEnded { interpreter.shutdown(restart: core.restartRequested) } else {
            KernelLog.warning("a cell did not stop within 3 s of shutdown; exiting anyway")
        }
        iopub.stop()
        if !shellEnded {
            // The shell thread still owns its sockets; terminating the context would block on them.
            _ = Unmanaged.passRetained(context)
        }
        return core.restartRequested
    }

    /// Serves one ROUTER channel until stopped.
    private func serve(_ channel: RouterChannel, table: [String: KernelCore.Handler]) {
        while !stop.isSet {
            // stdin is read only during an input request; between requests it is emptied here.
            if channel === shell { stdin.discardQueued() }
            guard let message = channel.receive(timeoutMs: 100) else { continue }
            core.dispatch(message, on: channel, table: table)
            if channel === shell { core.runAfterIdle() }
        }
    }

    /// The heartbeat loop: every message received (routing identity first) is sent straight back.
    private static func echo(_ socket: ZMQSocket, until stop: StopFlag) {
        while !stop.isSet {
            do {
                guard try socket.waitReadable(timeoutMs: 100), let frames = try socket.receive(dontWait: true) else { continue }
                try socket.send(frames)
            } catch {
                KernelLog.warning("heartbeat: \(error)")
            }
        }
    }
}
