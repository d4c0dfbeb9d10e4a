import Foundation
import KernelTestSupport
import Lib
import Protocol
import Testing
@testable import Kernel

/// Wire-level tests of the server with the mock interpreter, over real tcp sockets.
@Suite(.serialized) final class KernelServerTests {
    let interpreter = MockInterpreter()
    let server: KernelServer
    let client: TestClient
    var runner: Thread?
    let finished = DispatchSemaphore(value: 0)

    init() throws {
        let info = ConnectionInfo(shellPort: 0, controlPort: 0, iopubPort: 0, stdinPort: 0, hbPort: 0,
                                  key: Array(UUID().uuidString.utf8))
        // A private interrupt flag: other suites in this process run cells in parallel.
        server = try KernelServer(connection: info, interpreter: interpreter, historyPath: nil,
                                  interrupt: interpreter.interrupt)
        let t = Thread { [server, finished] in
            _ = try? server.run()
            finished.signal()
        }
        t.start()
        runner = t
        client = try TestClient(connection: server.connection)
        try client.waitUntilReady()
    }

    deinit {
        server.requestStop()
        _ = finished.wait(timeout: .now() + 5)
    }

    func types(_ ms: [Message]) -> [String] { ms.map(\.msgType) }

    /// The content of the first message of `type`, or `{}` (so a missing message fails an expectation, not the run).
    func first(_ type: String, in ms: [Message]) -> JSONValue { ms.first { $0.msgType == type }?.content ?? [:] }

    @Test func kernelInfoOnShellAndControl() throws {
        for channel in [TestClient.Channel.shell, .control] {
            let reply = try client.request(channel, "kernel_info_request")
            #expect(reply.msgType == "kernel_info_reply")
            #expect(reply.content["protocol_version"] == "5.4")
            #expect(reply.content["language_info"]?["name"] == "mock")
            #expect(reply.content["implementation"] == "swift-research-kernel")
            #expect(reply.header["version"] == "5.4")
            #expect(reply.header["session"] != reply.parentHeader["session"])
        }
    }

    @Test func executePublishesInOrder() throws {
        let (reply, io) = try client.execute("print a\\nb")
        #expect(reply.content["status"] == "ok")
        #expect(types(io) == ["status", "execute_input", "stream", "status"])
        #expect(io[0].content["execution_state"] == "busy")
        #expect(first("stream", in: io) == ["name": "stdout", "text": "a\nb"])
        #expect(io.allSatisfy { $0.parentHeader["msg_id"] == reply.parentHeader["msg_id"] })

        let (r2, io2) = try client.execute("result 42")
        #expect(types(io2) == ["status", "execute_input", "execute_result", "status"])
        #expect(first("execute_result", in: io2)["data"]?["text/plain"] == "42")
        #expect(first("execute_result", in: io2)["execution_count"] == r2.content["execution_count"])
        #expect(r2.content["execution_count"]?.intValue == (reply.content["execution_count"]?.intValue ?? 0) + 1)
    }

    @Test func displayUpdateAndClear() throws {
        let (_, io) = try client.execute("display#p1 10%")
        #expect(first("display_data", in: io)["transient"]?["display_id"] == "p1")
        let (_, io2) = try client.execute("update#p1 100%")
        #expect(first("update_display_data", in: io2)["data"]?["text/plain"] == "100%")
        let (_, io3) = try client.execute("clear-wait")
        #expect(first("clear_output", in: io3)["wait"] == true)
    }

    @Test func streamsAreCoalescedAndSeparated() throws {
        let (_, io) = try client.execute("eprint oops")
        #expect(first("stream", in: io) == ["name": "stderr", "text": "oops"])
    }

    @Test func floodsOfOutputAreTruncatedWithANotice() throws {
        let (reply, io) = try client.execute("flood 64", timeout: 30)
        #expect(reply.content["status"] == "ok")
        let streams = io.filter { $0.msgType == "stream" }
        let stdout = streams.filter { $0.content["name"] == "stdout" }
            .reduce(0) { $0 + ($1.content["text"]?.stringValue?.utf8.count ?? 0) }
        #expect(stdout == ExecutionSink.streamLimit)
        #expect(streams.last?.content["text"]?.stringValue?.contains("output truncated") == true)
        // The next cell prints normally.
        #expect(first("stream", in: try client.execute("print ok").iopub)["text"] == "ok")
    }

    @Test func silentAndStoreHistoryCounting() throws {
        let first = try client.execute("x").reply.content["execution_count"]!.intValue!
        let (silent, io) = try client.execute("result hidden", ["silent": true])
        #expect(types(io) == ["status", "status"])
        #expect(silent.content["execution_count"]?.intValue == first)
        let noStore = try client.execute("y", ["store_history": false]).reply
        #expect(noStore.content["execution_count"]?.intValue == first)
        #expect(try client.execute("z").reply.content["execution_count"]?.intValue == first + 1)
        #expect(interpreter.executed.last?.executionCount == first + 1)
    }

    @Test func errorsAndStopOnErrorAbortQueuedCells() throws {
        // A busy cell first, so that everything below is queued before the failure.
        let busy = try client.send(.shell, "execute_request", ["code": "sleep 300"])
        let failing = try client.send(.shell, "execute_request", ["code": "error ValueError bad", "stop_on_error": true])
        let queued = try client.send(.shell, "execute_request", ["code": "result never"])
        let info = try client.send(.shell, "kernel_info_request")
        var replies: [String: Message] = [:]
        while replies.count < 4 {
            let r = try client.receive(.shell)
            replies[r.parentHeader["msg_id"]!.stringValue!] = r
        }
        let failed = try #require(replies[failing.msgID])
        #expect(failed.content["status"] == "error" && failed.content["ename"] == "ValueError")
        #expect(failed.content["evalue"] == "bad")
        #expect(replies[queued.msgID]?.content["status"] == "aborted")
        #expect(replies[info.msgID]?.msgType == "kernel_info_reply")
        #expect(replies[busy.msgID]?.content["status"] == "ok")
        let io = try client.iopub(for: failing)
        #expect(types(io) == ["status", "execute_input", "error", "status"])
        #expect(!interpreter.executed.contains { $0.code == "result never" })
    }

    @Test func userExpressions() throws {
        let r = try client.execute("x", ["user_expressions": ["a": "abc", "b": "error!"]]).reply
        #expect(r.content["user_expressions"]?["a"] == ["status": "ok", "data": ["text/plain": "ABC"], "metadata": [:]])
        #expect(r.content["user_expressions"]?["b"]?["status"] == "error")
    }

    @Test func introspection() throws {
        #expect(try client.request(.shell, "is_complete_request", ["code": "func f() {"]).content
            == ["status": "incomplete", "indent": "    "])
        #expect(try client.request(.shell, "is_complete_request", ["code": "}"]).content["status"] == "invalid")
        // Cursor positions count Unicode scalars: "é" is one, "😀" is one.
        let c = try client.request(.shell, "complete_request", ["code": "é😀 pr", "cursor_pos": 5]).content
        #expect(c["matches"] == ["print", "prefix", "product"])
        #expect(c["cursor_start"] == 3 && c["cursor_end"] == 5)
        let beyond = try client.request(.shell, "complete_request", ["code": "pr", "cursor_pos": 99]).content
        #expect(beyond["cursor_end"] == 2)
        let i = try client.request(.shell, "inspect_request", ["code": "print", "cursor_pos": 2, "detail_level": 1]).content
        #expect(i["found"] == true && i["data"]?["text/plain"] == "print(_:) — writes to stdout (detail 1)")
        #expect(try client.request(.shell, "inspect_request", ["code": "zzz", "cursor_pos": 1]).content["found"] == false)
    }

    @Test func historyRequests() throws {
        _ = try client.execute("result one")
        _ = try client.execute("two")
        let tail = try client.request(.shell, "history_request", ["hist_access_type": "tail", "n": 2, "output": true]).content
        let rows = try #require(tail["history"]?.arrayValue)
        #expect(rows.count == 2)
        #expect(rows.first?.arrayValue?.last == ["result one", "one"])
        let search = try client.request(.shell, "history_request", ["hist_access_type": "search", "pattern": "res*"]).content
        #expect(search["history"]?.arrayValue?.count == 1)
        let bad = try client.request(.shell, "history_request", ["hist_access_type": "sideways"]).content
        #expect(bad["status"] == "error")
    }

    @Test func commsToUnknownTargetsAreClosed() throws {
        #expect(try client.request(.shell, "comm_info_request").content == ["status": "ok", "comms": [:]])
        let open = try client.send(.shell, "comm_open", ["comm_id": "c1", "target_name": "nope", "data": [:]])
        let io = try client.iopub(for: open)
        #expect(types(io) == ["status", "comm_close", "status"])
        #expect(first("comm_close", in: io)["comm_id"] == "c1")
    }

    @Test func badMessagesAreDroppedAndTheKernelKeepsServing() throws {
        try client.sendRaw(.shell, [Array("garbage".utf8)])
        try client.sendRaw(.shell, [WireCodec.delimiter, Array("00".utf8), Array("{}".utf8), Array("{}".utf8), Array("{}".utf8), Array("{}".utf8)])
        var m = client.message("execute_request", ["code": "result evil"])
        var frames = client.codec.encode(m)
        frames[1] = Array(String(repeating: "a", count: 64).utf8)
        try client.sendRaw(.shell, frames)
        m = client.message("execute_request", ["code": "result evil"])
        frames = client.codec.encode(m)
        frames[5] = Array("{not json".utf8)
        try client.sendRaw(.control, frames)
        _ = try client.send(.shell, "no_such_request")
        #expect(try client.request(.shell, "kernel_info_request").msgType == "kernel_info_reply")
        #expect(!interpreter.executed.contains { $0.code == "result evil" })
        #expect(try client.execute("missing code key", [:]).reply.content["status"] == "ok")
        let r = try client.request(.shell, "execute_request", ["silent": false])
        #expect(r.content["status"] == "error" && r.content["ename"] == "BadRequest")
    }

    @Test func heartbeatAndControlAnswerWhileACellRuns() throws {
        let running = try client.send(.shell, "execute_request", ["code": "loop"])
        Thread.sleep(forTimeInterval: 0.05)
        #expect(try client.ping())
        #expect(try client.request(.control, "kernel_info_request").msgType == "kernel_info_reply")
        let start = Date()
        #expect(try client.request(.control, "interrupt_request").content["status"] == "ok")
        let reply = try client.receive(.shell)
        #expect(Date().timeIntervalSince(start) < 0.5)
        #expect(reply.parentHeader["msg_id"]?.stringValue == running.msgID)
        #expect(reply.content["ename"] == "Interrupted")
        #expect(first("execute_result", in: try client.execute("result alive").iopub)["data"]?["text/plain"] == "alive")
    }

    @Test func stdinRoundTrip() throws {
        let sent = try client.send(.shell, "execute_request", ["code": "input name?", "allow_stdin": true])
        let request = try client.receive(.stdin)
        #expect(request.msgType == "input_request")
        #expect(request.content == ["prompt": "name?", "password": false])
        #expect(request.parentHeader["msg_id"]?.stringValue == sent.msgID)
        let answer = Message(header: MessageHeader(msgType: "input_reply", session: client.session, username: "t").json,
                             parentHeader: request.header, content: ["value": "Ada"])
        try client.sendRaw(.stdin, client.codec.encode(answer))
        _ = try client.receive(.shell)
        let io = try client.iopub(for: sent)
        #expect(io.first { $0.msgType == "execute_result" }?.content["data"]?["text/plain"] == "Ada")
        let refused = try client.execute("input x", ["allow_stdin": false]).reply
        #expect(refused.content["evalue"]?.stringValue?.contains("allow_stdin is false") == true)
    }

    @Test func debugRequestIsAnsweredAsUnsupported() throws {
        let r = try client.request(.control, "debug_request", ["type": "request", "seq": 7, "command": "initialize"]).content
        #expect(r["success"] == false && r["request_seq"] == 7 && r["command"] == "initialize")
    }

    @Test func shutdownWithRestartEndsTheServer() throws {
        let reply = try client.request(.control, "shutdown_request", ["restart": true])
        #expect(reply.content == ["status": "ok", "restart": true])
        #expect(finished.wait(timeout: .now() + 5) == .success)
        finished.signal()
        #expect(interpreter.didShutdown)
    }
}
