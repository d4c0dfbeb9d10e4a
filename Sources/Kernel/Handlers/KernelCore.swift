import Lib
import Protocol

/// Answers Jupyter requests: a table from `msg_type` to handler, per channel
/// (the xeus `xkernel_core`).
///
/// The core knows messages, not sockets: requests arrive with the ``RouterChannel``
/// to answer on, and everything for iopub goes through the ``IOPubPublisher``.
/// Shell handlers run on the shell thread, control handlers on the control thread;
/// the only state they share is immutable or atomic (``StopFlag``, `Interruption`).
final class KernelCore {
    /// A request and the channel it came in on.
    struct Request {
        let message: Message
        let channel: RouterChannel
        var content: JSONValue { message.content }
        /// Replies on the request's own channel.
        func reply(_ msgType: String, _ content: JSONValue, metadata: JSONValue = [:]) {
            channel.reply(to: message, msgType, content: content, metadata: metadata)
        }
    }

    typealias Handler = (KernelCore, Request) -> Void

    let interpreter: Interpreter
    let iopub: IOPubPublisher
    let stdin: RouterChannel
    let history: HistoryStore?
    let stop: StopFlag
    /// The flag `interrupt_request` sets and each execution clears.
    let interrupt: InterruptFlag
    /// Captured at start so the control thread never calls into the interpreter.
    let languageInfo: LanguageInfo
    let banner: String
    /// Comm targets the kernel accepts; unknown targets get `comm_close`.
    let commTargets: Set<String> = []

    /// After a failed cell with `stop_on_error`, how long to wait for further queued requests.
    static let abortGraceMs = 5

    /// `In [n]`: incremented by executions that store history. Shell thread only.
    var executionCount = 0
    /// Work a shell handler leaves for after its idle status (history writes, aborting
    /// queued cells after an error); run by ``runAfterIdle()``. Shell thread only.
    var afterIdle: [() -> Void] = []
    /// Whether a restart was asked for by the last shutdown request.
    private(set) var restartRequested = false

    init(interpreter: Interpreter, iopub: IOPubPublisher, stdin: RouterChannel, history: HistoryStore?, stop: StopFlag,
         interrupt: InterruptFlag) {
        self.interrupt = interrupt
        self.interpreter = interpreter
        self.iopub = iopub
        self.stdin = stdin
        self.history = history
        self.stop = stop
        self.languageInfo = interpreter.languageInfo
        self.banner = interpreter.banner
    }

    // MARK: - Handler tables

    /// Requests accepted on shell.
    static let shellHandlers: [String: Handler] = [
        "execute_request": { $0.execute($1) },
        "kernel_info_request": { $0.kernelInfo($1) },
        "is_complete_request": { $0.isComplete($1) },
        "complete_request": { $0.complete($1) },
        "inspect_request": { $0.inspect($1) },
        "history_request": { $0.historyRequest($1) },
        "comm_info_request": { $0.commInfo($1) },
        "comm_open": { $0.commOpen($1) },
        "comm_msg": { $0.commMsg($1) },
        "comm_close": { $0.commClose($1) },
        "shutdown_request": { $0.shutdown($1) },
    ]

    /// Requests accepted on control; they are answered even while a cell runs.
    static let controlHandlers: [String: Handler] = [
        "kernel_info_request": { $0.kernelInfo($1) },
        "shutdown_request": { $0.shutdown($1) },
        "interrupt_request": { $0.interruptRequest($1) },
        "debug_request": { $0.debug($1) },
    ]

    /// Handles one request from shell or control: `busy`, the handler, `idle`.
    func dispatch(_ message: Message, on channel: RouterChannel, table: [String: Handler]) {
        iopub.publish("status", content: ["execution_state": "busy"], parent: message.header)
        defer { iopub.publish("status", content: ["execution_state": "idle"], parent: message.header) }
        guard let handler = table[message.msgType] else {
            KernelLog.warning("\(channel.name): unknown message type '\(message.msgType)' ignored")
            return
        }
        handler(self, Request(message: message, channel: channel))
    }

    /// Runs the work left by the last shell request, in order, after its idle status.
    func runAfterIdle() {
        while !afterIdle.isEmpty { afterIdle.removeFirst()() }
    }

    /// Publishes the `starting` status, once, when the kernel comes up.
    func announceStart() {
        iopub.publish("status", content: ["execution_state": "starting"], parent: [:])
    }

    func markRestartRequested(_ r: Bool) { restartRequested = r }
}
