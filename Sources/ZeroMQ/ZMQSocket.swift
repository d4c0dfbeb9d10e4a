import CZeroMQ
import Foundation

/// A ZeroMQ socket with multipart send and receive.
///
/// Thread rules: a socket belongs to one thread at a time. Create it anywhere, then
/// use it only from the thread that first sends, receives or polls on it; debug builds
/// assert this. ``close()`` (or deinit) releases it; linger bounds how long unsent
/// messages are kept.
public final class ZMQSocket {
    /// Socket types used by Jupyter kernels and their tests.
    public enum Kind: Int32 {
        case router, dealer, pub, sub, rep, req, push, pull
        var raw: Int32 {
            switch self {
            case .router: return ZMQ_ROUTER
            case .dealer: return ZMQ_DEALER
            case .pub: return ZMQ_PUB
            case .sub: return ZMQ_SUB
            case .rep: return ZMQ_REP
            case .req: return ZMQ_REQ
            case .push: return ZMQ_PUSH
            case .pull: return ZMQ_PULL
            }
        }
    }

    private(set) var handle: UnsafeMutableRawPointer?
    /// Keeps the context alive as long as the socket.
    private let context: ZMQContext
    /// The type this socket was created with.
    public let kind: Kind
    #if DEBUG
    private var owner: pthread_t?
    #endif

    /// Creates a socket of `kind` in `context`, with linger 0 by default.
    public init(_ context: ZMQContext, _ kind: Kind) throws {
        guard let h = zmq_socket(context.handle, kind.raw) else { throw ZMQError("zmq_socket") }
        handle = h
        self.context = context
        self.kind = kind
        try setOption(ZMQ_LINGER, 0)
    }

    deinit { close() }

    /// Closes the socket; later calls fail with `ENOTSOCK`. Idempotent.
    public func close() {
        if let h = handle { _ = zmq_close(h) }
        handle = nil
    }

    private func checkOwner() {
        #if DEBUG
        let me = pthread_self()
        if let owner { assert(pthread_equal(owner, me) != 0, "ZMQSocket used from two threads") } else { owner = me }
        #endif
    }

    private func live(_ op: @autoclosure () -> String) throws -> UnsafeMutableRawPointer {
        guard let h = handle else { throw ZMQError.closed(op()) }
        return h
    }

    // MARK: - Options

    /// Sets an integer socket option (`ZMQ_LINGER`, `ZMQ_SNDHWM`, `ZMQ_ROUTER_MANDATORY`, …).
    public func setOption(_ option: Int32, _ value: Int32) throws {
        var v = value
        let h = try live("setsockopt")
        guard zmq_setsockopt(h, option, &v, MemoryLayout<Int32>.size) == 0 else { throw ZMQError("setsockopt \(option)") }
    }

    /// Sets a byte-string option (`ZMQ_SUBSCRIBE`, `ZMQ_IDENTITY`).
    public func setOption(_ option: Int32, bytes: [UInt8]) throws {
        let h = try live("setsockopt")
        let rc = bytes.withUnsafeBytes { zmq_setsockopt(h, option, $0.baseAddress, bytes.count) }
        guard rc == 0 else { throw ZMQError("setsockopt \(option)") }
    }

    /// How long (ms) unsent messages are kept after close; -1 waits forever.
    public func setLinger(_ ms: Int32) throws { try setOption(ZMQ_LINGER, ms) }

    /// Makes a ROUTER socket fail sends to unknown identities (`EHOSTUNREACH`) instead of dropping them.
    public func setRouterMandatory(_ on: Bool) throws { try setOption(ZMQ_ROUTER_MANDATORY, on ? 1 : 0) }

    /// Subscribes a SUB socket to messages starting with `prefix` (empty: all).
    public func subscribe(_ prefix: [UInt8] = []) throws { try setOption(ZMQ_SUBSCRIBE, bytes: prefix) }

    // MARK: - Endpoints

    /// Binds to `endpoint` (`tcp://ip:port`, `ipc://path`, `inproc://name`).
    public func bind(_ endpoint: String) throws {
        let h = try live("bind")
        guard zmq_bind(h, endpoint) == 0 else { throw ZMQError("bind \(endpoint)") }
    }

    /// Connects to `endpoint`.
    public func connect(_ endpoint: String) throws {
        let h = try live("connect")
        guard zmq_connect(h, endpoint) == 0 else { throw ZMQError("connect \(endpoint)") }
    }

    /// The endpoint actually bound (useful after binding to port 0 / `*`).
    public var lastEndpoint: String? {
        guard let h = handle else { return nil }
        var buf = [CChar](repeating: 0, count: 512)
        var len = buf.count
        guard zmq_getsockopt(h, ZMQ_LAST_ENDPOINT, &buf, &len) == 0 else { return nil }
        return String(decoding: buf.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    // MARK: - Messages

    /// Sends all frames as one multipart message.
    ///
    /// - Parameter dontWait: fail with `EAGAIN` instead of blocking when the peer is not ready.
    public func send(_ frames: [[UInt8]], dontWait: Bool = false) throws {
        checkOwner()
        let h = try live("send")
        for (k, frame) in frames.enumerated() {
            var flags: Int32 = k < frames.count - 1 ? ZMQ_SNDMORE : 0
            if dontWait { flags |= ZMQ_DONTWAIT }
            while true {
                let rc = frame.withUnsafeBytes { zmq_send(h, $0.baseAddress, frame.count, flags) }
                if rc >= 0 { break }
                let e = ZMQError("send")
                if e.isInterrupted { continue }
                throw e
            }
        }
    }

    /// Receives one multipart message, or nil when `dontWait` is set and none is waiting.
    public func receive(dontWait: Bool = false) throws -> [[UInt8]]? {
        checkOwner()
        let h = try live("receive")
        var frames: [[UInt8]] = []
        var msg = zmq_msg_t()
        zmq_msg_init(&msg)
        defer { zmq_msg_close(&msg) }
        while true {
            let rc = zmq_msg_recv(&msg, h, dontWait && frames.isEmpty ? ZMQ_DONTWAIT : 0)
            if rc < 0 {
                let e = ZMQError("receive")
                if e.code == EAGAIN && frames.isEmpty { return nil }
                if e.isInterrupted { continue }
                throw e
            }
            let size = zmq_msg_size(&msg)
            if size == 0 {
                frames.append([])
            } else {
                let p = zmq_msg_data(&msg)!.assumingMemoryBound(to: UInt8.self)
                frames.append(Array(UnsafeBufferPointer(start: p, count: size)))
            }
            if zmq_msg_more(&msg) == 0 { return frames }
        }
    }

    /// Waits up to `timeoutMs` (-1: forever) for a message to be readable.
    public func waitReadable(timeoutMs: Int) throws -> Bool {
        try ZMQPoller.poll([self], timeoutMs: timeoutMs)[0]
    }
}

extension ZMQError {
    /// The error for an operation on a closed socket.
    static func closed(_ op: String) -> ZMQError { ZMQError(code: ENOTSOCK, operation: op + " (socket is closed)") }
}
