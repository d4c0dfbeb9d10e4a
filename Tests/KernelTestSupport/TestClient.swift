import Foundation
import Protocol
import ZeroMQ

/// A minimal Jupyter client for tests: DEALER sockets for shell, control and stdin,
/// SUB for iopub and REQ for the heartbeat, all driven from the calling thread.
public final class TestClient {
    /// The five channels.
    public enum Channel { case shell, control, stdin }

    public let connection: ConnectionInfo
    public let codec: WireCodec
    public let session = MessageHeader.newID()
    private let context: ZMQContext
    private let shell, control, stdin, iopub, hb: ZMQSocket
    /// iopub messages received but not yet consumed, in arrival order.
    public private(set) var iopubBacklog: [Message] = []

    /// Connects to every channel of `connection`.
    public init(connection: ConnectionInfo) throws {
        self.connection = connection
        codec = WireCodec(key: connection.key)
        context = try ZMQContext()
        let identity = Array(session.utf8)
        shell = try ZMQSocket(context, .dealer)
        control = try ZMQSocket(context, .dealer)
        stdin = try ZMQSocket(context, .dealer)
        for s in [shell, control, stdin] { try s.setOption(5 /* ZMQ_IDENTITY */, bytes: identity) }
        iopub = try ZMQSocket(context, .sub)
        hb = try ZMQSocket(context, .req)
        try shell.connect(connection.shellEndpoint)
        try control.connect(connection.controlEndpoint)
        try stdin.connect(connection.stdinEndpoint)
        try iopub.subscribe()
        try iopub.connect(connection.iopubEndpoint)
        try hb.connect(connection.hbEndpoint)
    }

    private func socket(_ c: Channel) -> ZMQSocket {
        switch c {
        case .shell: return shell
        case .control: return control
        case .stdin: return stdin
        }
    }

    /// A request message of type `msgType` from this client's session.
    public func message(_ msgType: String, _ content: JSONValue = [:]) -> Message {
        Message(header: MessageHeader(msgType: msgType, session: session, username: "test").json, content: content)
    }

    /// Sends `msgType` on `channel` and returns the message sent.
    @discardableResult
    public func send(_ channel: Channel, _ msgType: String, _ content: JSONValue = [:]) throws -> Message {
        let m = message(msgType, content)
        try socket(channel).send(codec.encode(m))
        return m
    }

    /// Sends raw frames on `channel` (for malformed-message tests).
    public func sendRaw(_ channel: Channel, _ frames: [[UInt8]]) throws { try socket(channel).send(frames) }

    /// The next message on `channel`, or an error after `timeout` seconds.
    public func receive(_ channel: Channel, timeout: Double = 5) throws -> Message {
        let s = socket(channel)
        guard try s.waitReadable(timeoutMs: Int(timeout * 1000)), let frames = try s.receive() else {
            throw TestClientError("no message on \(channel) within \(timeout) s")
        }
        return try codec.decode(frames)
    }

    /// Sends a request and waits for its reply on the same channel.
    public func request(_ channel: Channel, _ msgType: String, _ content: JSONValue = [:], timeout: Double = 5) throws -> Message {
        let sent = try send(channel, msgType, content)
        while true {
            let reply = try receive(channel, timeout: timeout)
            if reply.parentHeader["msg_id"]?.stringValue == sent.msgID { return reply }
        }
    }

    /// The next iopub message (from the backlog first), or an error after `timeout` seconds.
    public func nextIOPub(timeout: Double = 5) throws -> Message {
        if !iopubBacklog.isEmpty { return iopubBacklog.removeFirst() }
        guard try iopub.waitReadable(timeoutMs: Int(timeout * 1000)), let frames = try iopub.receive() else {
            throw TestClientError("no iopub message within \(timeout) s")
        }
        return try codec.decode(frames)
    }

    /// Every iopub message whose parent is `request`, up to and including its `idle` status.
    public func iopub(for request: Message, timeout: Double = 10) throws -> [Message] {
        var out: [Message] = [], others: [Message] = []
        let deadline = Date(timeIntervalSinceNow: timeout)
        defer { iopubBacklog = others + iopubBacklog }
        while Date() < deadline {
            let m = try nextIOPub(timeout: max(0.01, deadline.timeIntervalSinceNow))
            guard m.parentHeader["msg_id"]?.stringValue == request.msgID else { others.append(m); continue }
            out.append(m)
            if m.msgType == "status", m.content["execution_state"]?.stringValue == "idle" { return out }
        }
        throw TestClientError("no idle status for \(request.msgType) within \(timeout) s; got \(out.map(\.msgType))")
    }

    /// Runs `code`, returning the reply and the iopub messages of the request.
    public func execute(_ code: String, _ extra: JSONObject = [:], timeout: Double = 10) throws -> (reply: Message, iopub: [Message]) {
        var content: JSONObject = ["code": .string(code), "silent": false, "store_history": true,
                                   "user_expressions": [:], "allow_stdin": false, "stop_on_error": true]
        for (k, v) in extra { content[k] = v }
        let sent = try send(.shell, "execute_request", .object(content))
        var reply: Message?
        while reply == nil {
            let r = try receive(.shell, timeout: timeout)
            if r.parentHeader["msg_id"]?.stringValue == sent.msgID { reply = r }
        }
        return (reply!, try iopub(for: sent, timeout: timeout))
    }

    /// Pings the heartbeat and waits for the echo.
    public func ping(timeout: Double = 2) throws -> Bool {
        let payload = Array("ping-\(UUID().uuidString)".utf8)
        try hb.send([payload])
        guard try hb.waitReadable(timeoutMs: Int(timeout * 1000)), let echo = try hb.receive() else { return false }
        return echo == [payload]
    }

    /// Waits until iopub is subscribed (ZeroMQ drops PUB messages sent before a SUB joins):
    /// sends `kernel_info_request` until its status messages arrive on iopub.
    public func waitUntilReady(timeout: Double = 10) throws {
        let deadline = Date(timeIntervalSinceNow: timeout)
        while Date() < deadline {
            let sent = try send(.shell, "kernel_info_request")
            _ = try receive(.shell, timeout: 5)
            if (try? iopub(for: sent, timeout: 0.3)) != nil { iopubBacklog.removeAll(); return }
        }
        throw TestClientError("iopub never delivered a status message")
    }
}

/// A test client expectation that did not hold in time.
public struct TestClientError: Error, CustomStringConvertible {
    public let description: String
    public init(_ d: String) { description = d }
}
