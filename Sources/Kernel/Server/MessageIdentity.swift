import Foundation
import Protocol

/// Who the kernel is on the wire: its session id and user name, used in every header it sends.
struct MessageIdentity: Sendable {
    /// The kernel's own session id (a UUID chosen at start).
    let session: String
    /// The user name in headers (`$USER`, or "kernel").
    let username: String

    init(session: String = MessageHeader.newID(),
         username: String = ProcessInfo.processInfo.environment["USER"] ?? "kernel") {
        self.session = session
        self.username = username
    }

    /// A fresh header of type `msgType`.
    func header(_ msgType: String) -> MessageHeader {
        MessageHeader(msgType: msgType, session: session, username: username)
    }
}
