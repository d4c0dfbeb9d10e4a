import Foundation
import Protocol
import ZeroMQ

/// The single owner of the iopub PUB socket.
///
/// Any thread hands it messages (``publish(_:content:parent:)``) or stream text
/// (``stream(_:_:parent:)``); its own thread sends them in exactly the order they were
/// handed over. Stream text is coalesced: consecutive writes to the same stream for
/// the same request become one `stream` message, sent when another message follows,
/// when 64 KiB have gathered, or at the latest ``streamLatency`` after the first write.
///
/// Thread safety: all public methods may be called from any thread.
final class IOPubPublisher {
    /// The longest time stream text waits before it is sent.
    static let streamLatency = 0.02
    static let streamChunk = 64 * 1024

    private let socket: ZMQSocket
    private let codec: WireCodec
    private let identity: MessageIdentity
    private let cond = NSCondition()
    private var queue: [[[UInt8]]] = []
    private var pending: (name: StreamName, text: String, parent: JSONValue, since: Double)?
    private var enqueued = 0, sent = 0
    /// How many stream messages have been queued so far.
    private var streamsQueued = 0
    private var stopping = false
    private var thread: KernelThread?

    init(socket: ZMQSocket, codec: WireCodec, identity: MessageIdentity) {
        self.socket = socket
        self.codec = codec
        self.identity = identity
    }

    /// Starts the publishing thread.
    func start() throws {
        thread = try KernelThread(name: "iopub") { [self] in run() }
    }

    // MARK: - Producers

    /// Queues a message of type `msgType` with `parent` (a request header, or `{}`).
    func publish(_ msgType: String, content: JSONValue, parent: JSONValue, metadata: JSONValue = [:]) {
        cond.lock()
        defer { cond.unlock() }
        takePendingStream()
        enqueue(msgType, content: content, parent: parent, metadata: metadata)
        cond.signal()
    }

    /// Appends stream text for the request `parent`.
    func stream(_ name: StreamName, _ text: String, parent: JSONValue) {
        guard !text.isEmpty else { return }
        cond.lock()
        defer { cond.unlock() }
        if let p = pending, p.name != name || p.parent["msg_id"] != parent["msg_id"] { takePendingStream() }
        if pending == nil {
            pending = (name, text, parent, now())
        } else {
            pending!.text += text
        }
        if pending!.text.utf8.count >= IOPubPublisher.streamChunk { takePendingStream() }
        cond.signal()
    }

    /// Sends any coalesced stream text and waits until everything handed over so far
    /// has been written to the socket (at most `timeout` seconds).
    ///
    /// - Parameter onlyAfterStreamsSince: when given (a previous ``streamCount``), returns
    ///   at once unless stream output was queued since then; a request without output
    ///   then costs no thread hand-off.
    func flush(onlyAfterStreamsSince mark: Int? = nil, timeout: Double = 2) {
        cond.lock()
        defer { cond.unlock() }
        takePendingStream()
        if let mark, streamsQueued == mark { cond.signal(); return }
        let target = enqueued
        cond.signal()
        let deadline = Date(timeIntervalSinceNow: timeout)
        while sent < target, !stopping || thread != nil, cond.wait(until: deadline) {}
    }

    /// Sends what is queued, then ends the thread.
    func stop() {
        cond.lock()
        takePendingStream()
        stopping = true
        cond.broadcast()
        cond.unlock()
        thread?.join(timeout: 2)
        thread = nil
    }

    /// The number of stream messages queued so far, to pass to ``flush(onlyAfterStreamsSince:timeout:)``.
    var streamCount: Int {
        cond.lock()
        defer { cond.unlock() }
        return streamsQueued
    }

    // MARK: - Internals (lock held)

    private func now() -> Double { Date().timeIntervalSinceReferenceDate }

    private func takePendingStream() {
        guard let p = pending else { return }
        pending = nil
        streamsQueued += 1
        enqueue("stream", content: ["name": .string(p.name.rawValue), "text": .string(p.text)], parent: p.parent, metadata: [:])
    }

    private func enqueue(_ msgType: String, content: JSONValue, parent: JSONValue, metadata: JSONValue) {
        let header = identity.header(msgType)
        let topic = Array("kernel.\(identity.session).\(msgType)".utf8)
        let message = Message(identities: [topic], header: header.json, parentHeader: parent,
                              metadata: metadata, content: content)
        queue.append(codec.encode(message))
        enqueued += 1
    }

    // MARK: - Thread body

    private func run() {
        while true {
            cond.lock()
            while queue.isEmpty && !stopping {
                if let p = pending {
                    let due = p.since + IOPubPublisher.streamLatency
                    if now() >= due { takePendingStream(); break }
                    _ = cond.wait(until: Date(timeIntervalSinceReferenceDate: due))
                } else {
                    cond.wait()
                }
            }
            let batch = queue
            queue.removeAll(keepingCapacity: true)
            let done = stopping && batch.isEmpty
            cond.unlock()
            if done { break }
            for frames in batch {
                do { try socket.send(frames) } catch { KernelLog.warning("iopub send failed: \(error)") }
            }
            cond.lock()
            sent += batch.count
            cond.broadcast()
            cond.unlock()
        }
        cond.lock()
        sent = enqueued
        cond.broadcast()
        cond.unlock()
    }
}
