import CZeroMQ

/// A libzmq context: owns the I/O threads behind every socket made from it.
///
/// Thread safety: a context may be shared by threads; sockets may not (see ``ZMQSocket``).
public final class ZMQContext: @unchecked Sendable {
    /// The libzmq handle.
    let handle: UnsafeMutableRawPointer

    /// Creates a context with one I/O thread.
    public init() throws {
        guard let h = zmq_ctx_new() else { throw ZMQError("zmq_ctx_new") }
        handle = h
    }

    /// Terminates the context; blocks until every socket made from it is closed.
    deinit { _ = zmq_ctx_term(handle) }
}
