import Protocol
import ZeroMQ

/// A ROUTER socket speaking Jupyter messages: shell, control or stdin.
///
/// Thread rules: used only by the thread that runs its channel loop.
final class RouterChannel {
    /// `shell`, `control` or `stdin`, for logs.
    let name: String
    let socket: ZMQSocket
    private let codec: WireCodec
    private let identity: MessageIdentity

    init(name: String, socket: ZMQSocket, codec: WireCodec, identity: MessageIdentity) {
        self.name = name
        self.socket = socket
        self.codec = codec
        self.identity = identity
    }

    /// Waits up to `timeoutMs` for one valid message. Malformed or mis-signed
    /// messages are logged (one line) and dropped; nil means nothing valid arrived.
    func receive(timeoutMs: Int) -> Message? {
        do {
            if timeoutMs != 0, try !socket.waitReadable(timeoutMs: timeoutMs) { return nil }
            guard let frames = try socket.receive(dontWait: true) else { return nil }
            do {
                return try codec.decode(frames)
            } catch {
                KernelLog.warning("\(name): dropped a message (\(frames.count) frames): \(error)")
                return nil
            }
        } catch {
            KernelLog.warning("\(name): receive failed: \(error)")
            return nil
        }
    }

    /// Reads and drops what is queued, at most `limit` messages, logging each one. For stdin
    /// outside an input request: anything arriving there then is stale or hostile, and left
    /// unread it would pile up in the socket's queue.
    func discardQueued(limit: Int = 10_000) {
        var count = 0
        while count < limit, let frames = try? socket.receive(dontWait: true) {
            count += 1
            do {
                let m = try codec.decode(frames)
                KernelLog.warning("\(name): ignored \(m.msgType) outside an input request")
            } catch {
                KernelLog.warning("\(name): dropped a message (\(frames.count) frames): \(error)")
            }
        }
    }

    /// Sends `msgType` with `content` to the client that sent `request`.
    func reply(to request: Message, _ msgType: String, content: JSONValue, metadata: JSONValue = [:]) {
        send(Message(identities: request.identities, header: identity.header(msgType).json,
                     parentHeader: request.header, metadata: metadata, content: content))
    }

    /// Sends `msgType` to the client that sent `request`, throwing when it cannot be
    /// delivered now (with `ZMQ_ROUTER_MANDATORY`: the client is not connected yet).
    func trySend(to request: Message, _ msgType: String, content: JSONValue) throws {
        let m = Message(identities: request.identities, header: identity.header(msgType).json,
                        parentHeader: request.header, content: content)
        try socket.send(codec.encode(m), dontWait: true)
    }

    /// Sends a fully formed message; failures are logged, never fatal.
    func send(_ message: Message) {
        do { try socket.send(codec.encode(message)) } catch {
            KernelLog.warning("\(name): send \(message.msgType) failed: \(error)")
        }
    }
}
