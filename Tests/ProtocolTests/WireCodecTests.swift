import Testing
@testable import Protocol

@Suite struct WireCodecTests {
    let codec = WireCodec(key: Array("a0436f6c-1916-498b-8eb9-e81ab9368e84".utf8))

    /// One representative content per message type of the protocol.
    static let samples: [(String, JSONValue)] = [
        ("execute_request", ["code": "let x = 1\nprint(x)", "silent": false, "store_history": true,
                             "user_expressions": ["a": "x"], "allow_stdin": true, "stop_on_error": true]),
        ("execute_reply", ["status": "ok", "execution_count": 3, "user_expressions": [:], "payload": []]),
        ("execute_input", ["code": "1", "execution_count": 1]),
        ("execute_result", ["execution_count": 1, "data": ["text/plain": "2"], "metadata": [:]]),
        ("error", ["ename": "E", "evalue": "v", "traceback": ["line 1", "\u{1b}[31mred\u{1b}[0m"]]),
        ("stream", ["name": "stdout", "text": "héllo 😀\n"]),
        ("display_data", ["data": ["image/png": "iVBORw0KGgo="], "metadata": ["image/png": ["width": 640]],
                          "transient": ["display_id": "d1"]]),
        ("update_display_data", ["data": ["text/plain": "x"], "metadata": [:], "transient": ["display_id": "d1"]]),
        ("clear_output", ["wait": true]),
        ("status", ["execution_state": "busy"]),
        ("kernel_info_request", [:]),
        ("kernel_info_reply", ["status": "ok", "protocol_version": "5.4", "language_info": ["name": "swift"]]),
        ("is_complete_request", ["code": "func f() {"]),
        ("is_complete_reply", ["status": "incomplete", "indent": "    "]),
        ("complete_request", ["code": "pri", "cursor_pos": 3]),
        ("complete_reply", ["matches": ["print"], "cursor_start": 0, "cursor_end": 3, "metadata": [:], "status": "ok"]),
        ("inspect_request", ["code": "print", "cursor_pos": 5, "detail_level": 0]),
        ("inspect_reply", ["status": "ok", "found": true, "data": ["text/plain": "doc"], "metadata": [:]]),
        ("history_request", ["output": false, "raw": true, "hist_access_type": "range", "session": 0, "start": 1, "stop": 5]),
        ("history_reply", ["status": "ok", "history": [[1, 1, "x"]]]),
        ("comm_info_request", ["target_name": "jupyter.widget"]),
        ("comm_info_reply", ["status": "ok", "comms": [:]]),
        ("comm_open", ["comm_id": "c1", "target_name": "t", "data": [:]]),
        ("comm_msg", ["comm_id": "c1", "data": ["x": 1.5]]),
        ("comm_close", ["comm_id": "c1", "data": [:]]),
        ("input_request", ["prompt": "name? ", "password": false]),
        ("input_reply", ["value": "Ada"]),
        ("shutdown_request", ["restart": true]),
        ("shutdown_reply", ["status": "ok", "restart": true]),
        ("interrupt_request", [:]),
        ("interrupt_reply", ["status": "ok"]),
        ("debug_request", ["type": "request", "seq": 1, "command": "initialize", "arguments": [:]]),
        ("debug_reply", ["type": "response", "request_seq": 1, "success": false, "command": "initialize"]),
    ]

    func message(_ type: String, _ content: JSONValue) -> Message {
        let parent = MessageHeader(msgType: "execute_request", session: "client", username: "u")
        return Message(identities: [Array("routing-id".utf8), [0, 1, 2]],
                       header: MessageHeader(msgType: type, session: "s", username: "u").json,
                       parentHeader: parent.json, metadata: ["deletedCells": []], content: content,
                       buffers: type == "comm_msg" ? [[0xff, 0x00], []] : [])
    }

    @Test(arguments: 0..<33) func roundTripsEveryMessageType(_ i: Int) throws {
        let (type, content) = Self.samples[i]
        let m = message(type, content)
        let frames = codec.encode(m)
        #expect(frames[2] == WireCodec.delimiter)
        let back = try codec.decode(frames)
        #expect(back == m)
        #expect(back.msgType == type)
        // The bytes are the same on re-encoding: nothing was reordered or reformatted.
        #expect(codec.encode(back) == frames)
    }

    @Test func rejectsTamperedParts() throws {
        let frames = codec.encode(message("execute_request", ["code": "1"]))
        for part in 4..<8 {
            var bad = frames
            bad[part] = Array(String(decoding: bad[part], as: UTF8.self).replacingOccurrences(of: "}", with: ",\"x\":1}").utf8)
            #expect(throws: WireError.badSignature) { try codec.decode(bad) }
        }
        var badSignature = frames
        badSignature[3] = Array(String(repeating: "0", count: 64).utf8)
        #expect(throws: WireError.badSignature) { try codec.decode(badSignature) }
        #expect(throws: WireError.badSignature) { try WireCodec(key: Array("other".utf8)).decode(frames) }
    }

    @Test func rejectsMalformedFrames() {
        #expect(throws: WireError.missingDelimiter) { try codec.decode([Array("x".utf8)]) }
        #expect(throws: WireError.tooFewFrames(3)) {
            try codec.decode([WireCodec.delimiter, [], Array("{}".utf8), Array("{}".utf8)])
        }
        let unsigned = WireCodec(key: [])
        let bad = [WireCodec.delimiter, [], Array("{".utf8), Array("{}".utf8), Array("{}".utf8), Array("{}".utf8)]
        #expect(throws: WireError.self) { try unsigned.decode(bad) }
        let noType = [WireCodec.delimiter, [], Array("{\"msg_id\":\"1\"}".utf8), Array("{}".utf8), Array("{}".utf8), Array("{}".utf8)]
        #expect(throws: WireError.missingField("header.msg_type")) { try unsigned.decode(noType) }
        let array = [WireCodec.delimiter, [], Array("[]".utf8), Array("{}".utf8), Array("{}".utf8), Array("{}".utf8)]
        #expect(throws: WireError.notAnObject("header")) { try unsigned.decode(array) }
    }

    @Test func keepsUnknownHeaderFields() throws {
        var m = message("execute_request", ["code": "1"])
        m.header["subshell_id"] = "abc"
        #expect(try codec.decode(codec.encode(m)).header["subshell_id"] == "abc")
    }
}
