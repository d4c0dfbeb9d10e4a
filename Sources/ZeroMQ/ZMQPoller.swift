import CZeroMQ

/// Waits on several sockets at once (`zmq_poll` for input readiness).
public enum ZMQPoller {
    /// Returns, for each socket, whether a message is waiting; waits up to `timeoutMs`
    /// milliseconds (-1: forever, 0: just look). A signal ends the wait early with all false.
    public static func poll(_ sockets: [ZMQSocket], timeoutMs: Int) throws -> [Bool] {
        var items = sockets.map { s in
            zmq_pollitem_t(socket: s.handle, fd: 0, events: Int16(ZMQ_POLLIN), revents: 0)
        }
        let rc = zmq_poll(&items, Int32(items.count), timeoutMs)
        if rc < 0 {
            let e = ZMQError("poll")
            if e.isInterrupted { return Array(repeating: false, count: sockets.count) }
            throw e
        }
        return items.map { $0.revents & Int16(ZMQ_POLLIN) != 0 }
    }
}
