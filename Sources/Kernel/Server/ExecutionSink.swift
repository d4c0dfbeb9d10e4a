import Foundation
import Lib
import Protocol

/// The ``OutputSink`` for one `execute_request`: publishes on iopub with the request
/// as parent and asks the requesting client for input on stdin.
///
/// Stream output of one cell is capped at ``streamLimit`` bytes: past it the cell keeps
/// running, its further output is dropped, and one notice says how much was not shown.
/// A cell printing in an endless loop can then neither flood the front end nor grow
/// the kernel's memory.
final class ExecutionSink: OutputSink {
    /// The most stream bytes one cell may send.
    static let streamLimit = 8 << 20

    private var streamed = 0
    private var dropped = 0
    private let request: Message
    private let iopub: IOPubPublisher
    private let stdin: RouterChannel
    private let allowStdin: Bool
    private let stop: StopFlag
    private let interrupt: InterruptFlag

    init(request: Message, iopub: IOPubPublisher, stdin: RouterChannel, allowStdin: Bool, stop: StopFlag,
         interrupt: InterruptFlag) {
        self.interrupt = interrupt
        self.request = request
        self.iopub = iopub
        self.stdin = stdin
        self.allowStdin = allowStdin
        self.stop = stop
    }

    func stream(_ name: StreamName, _ text: String) {
        let size = text.utf8.count
        guard streamed + size <= ExecutionSink.streamLimit else {
            if dropped == 0 {
                streamed = ExecutionSink.streamLimit
                iopub.stream(.stderr, "\n[output truncated: this cell printed more than \(ExecutionSink.streamLimit >> 20) MB; "
                             + "the rest is not shown]\n", parent: request.header)
            }
            dropped += size
            return
        }
        streamed += size
        iopub.stream(name, text, parent: request.header)
    }

    func display(_ bundle: MimeBundle, displayID: String?, update: Bool) {
        var content: JSONValue = ["data": .object(bundle.data), "metadata": .object(bundle.metadata)]
        if let displayID { content["transient"] = ["display_id": .string(displayID)] }
        iopub.publish(update && displayID != nil ? "update_display_data" : "display_data",
                      content: content, parent: request.header)
    }

    func clearOutput(wait: Bool) {
        iopub.publish("clear_output", content: ["wait": .bool(wait)], parent: request.header)
    }

    func readInput(prompt: String, password: Bool) throws -> String {
        guard allowStdin else { throw StdinError.notAllowed }
        iopub.flush()
        // Anything left over from an earlier, abandoned request is stale.
        while stdin.receive(timeoutMs: 0) != nil {}
        let content: JSONValue = ["prompt": .string(prompt), "password": .bool(password)]
        var waited = 0
        while true {
            do {
                try stdin.trySend(to: request, "input_request", content: content)
                break
            } catch {
                // The client's stdin socket may still be connecting; give it two seconds.
                if interrupt.isRequested || stop.isSet { throw StdinError.interrupted }
                if waited >= 2000 { throw StdinError.notConnected }
                usleep(10_000)
                waited += 10
            }
        }
        while true {
            if interrupt.isRequested || stop.isSet { throw StdinError.interrupted }
            guard let reply = stdin.receive(timeoutMs: 20) else { continue }
            guard reply.msgType == "input_reply" else {
                KernelLog.warning("stdin: ignored \(reply.msgType) while waiting for input_reply")
                continue
            }
            return reply.content["value"]?.stringValue ?? ""
        }
    }
}
