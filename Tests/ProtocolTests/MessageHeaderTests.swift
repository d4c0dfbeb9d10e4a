import Testing
@testable import Protocol

@Suite struct MessageHeaderTests {
    @Test func formatsISO8601WithMicroseconds() {
        #expect(MessageHeader.timestamp(seconds: 0, microseconds: 7) == "1970-01-01T00:00:00.000007Z")
        #expect(MessageHeader.timestamp(seconds: 1_796_000_000, microseconds: 123_456) == "2026-11-30T00:53:20.123456Z")
        let now = MessageHeader.timestamp()
        #expect(now.count == 27 && now.hasSuffix("Z"))
    }

    @Test func headersAreUniqueAndComplete() {
        let a = MessageHeader(msgType: "status", session: "s", username: "u")
        let b = MessageHeader(msgType: "status", session: "s", username: "u")
        #expect(a.msgID != b.msgID)
        #expect(a.version == "5.4")
        #expect(a.json.objectValue?.keys == ["msg_id", "session", "username", "date", "msg_type", "version"])
    }
}
