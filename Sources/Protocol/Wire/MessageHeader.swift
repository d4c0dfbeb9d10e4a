import Foundation

/// A Jupyter message header (`msg_id`, `session`, `username`, `date`, `msg_type`, `version`).
public struct MessageHeader: Equatable, Sendable {
    public var msgID: String
    public var session: String
    public var username: String
    /// ISO-8601 UTC time with microseconds, e.g. `2026-11-29T19:33:09.123456Z`.
    public var date: String
    public var msgType: String
    /// The protocol version; this implementation speaks 5.4.
    public var version: String

    /// The protocol version this implementation speaks.
    public static let protocolVersion = "5.4"

    /// A fresh header: a unique `msg_id` and the current time.
    public init(msgType: String, session: String, username: String) {
        self.msgID = MessageHeader.newID()
        self.session = session
        self.username = username
        self.date = MessageHeader.timestamp()
        self.msgType = msgType
        self.version = MessageHeader.protocolVersion
    }

    /// The header as the JSON object that goes on the wire.
    public var json: JSONValue {
        ["msg_id": .string(msgID), "session": .string(session), "username": .string(username),
         "date": .string(date), "msg_type": .string(msgType), "version": .string(version)]
    }

    /// A new random identifier (UUID4, lowercase hex with dashes).
    public static func newID() -> String { UUID().uuidString.lowercased() }

    /// The current UTC time as ISO-8601 with microseconds.
    public static func timestamp() -> String {
        var tv = timeval()
        gettimeofday(&tv, nil)
        return timestamp(seconds: Int(tv.tv_sec), microseconds: Int(tv.tv_usec))
    }

    /// Formats a Unix time as ISO-8601 UTC with microseconds.
    public static func timestamp(seconds: Int, microseconds: Int) -> String {
        var t = time_t(seconds)
        var tm = tm()
        gmtime_r(&t, &tm)
        func pad(_ v: Int32, _ w: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, w - s.count)) + s
        }
        return "\(pad(tm.tm_year + 1900, 4))-\(pad(tm.tm_mon + 1, 2))-\(pad(tm.tm_mday, 2))T"
            + "\(pad(tm.tm_hour, 2)):\(pad(tm.tm_min, 2)):\(pad(tm.tm_sec, 2)).\(pad(Int32(microseconds), 6))Z"
    }
}
