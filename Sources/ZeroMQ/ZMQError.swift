import CZeroMQ

/// A failed libzmq call: the operation and libzmq's own message.
public struct ZMQError: Error, CustomStringConvertible, Equatable {
    /// The errno value libzmq reported.
    public let code: Int32
    /// What was being done, e.g. `bind tcp://127.0.0.1:5555`.
    public let operation: String

    /// Captures `zmq_errno()` for `operation`.
    init(_ operation: String) {
        code = zmq_errno()
        self.operation = operation
    }

    /// An error with an explicit code.
    init(code: Int32, operation: String) {
        self.code = code
        self.operation = operation
    }

    public var description: String { "\(operation): \(String(cString: zmq_strerror(code)))" }

    /// True when the call was interrupted by a signal and may simply be retried.
    public var isInterrupted: Bool { code == EINTR }
}
