import Foundation
import KernelTestSupport
import Protocol
import Testing

/// End-to-end tests: the real `swift-research-kernel` binary over real sockets.
@Suite(.serialized) struct KernelProcessTests {
    @Test(arguments: ["tcp", "ipc"]) func servesBothTransports(_ transport: String) throws {
        let kernel = try KernelProcess(transport: transport)
        let client = try kernel.client()
        for channel in [TestClient.Channel.shell, .control] {
            let info = try client.request(channel, "kernel_info_request")
            #expect(info.content["language_info"]?["name"] == "swift")
            #expect(info.content["implementation"] == "swift-research-kernel")
        }
        #expect(try client.ping())
        #expect(try client.request(.control, "shutdown_request", ["restart": false]).content["restart"] == false)
        #expect(kernel.waitForExit(timeout: 5) == 0)
    }

    @Test func busyIdleOrderingAroundEveryRequest() throws {
        let kernel = try KernelProcess()
        let client = try kernel.client()
        let sent = try client.send(.shell, "is_complete_request", ["code": "1"])
        _ = try client.receive(.shell)
        let io = try client.iopub(for: sent)
        #expect(io.map { $0.content["execution_state"]?.stringValue ?? "" } == ["busy", "idle"])
        let (reply, ex) = try client.execute("print(\"hello\")")
        #expect(reply.content["status"] == "ok")
        #expect(ex.map(\.msgType) == ["status", "execute_input", "stream", "status"])
        #expect(ex.first { $0.msgType == "stream" }?.content["text"] == "hello\n")
    }

    @Test func interruptRequestStopsALongCellAndHeartbeatKeepsBeating() throws {
        let kernel = try KernelProcess()
        let client = try kernel.client()
        let running = try client.send(.shell, "execute_request", ["code": "while true {}"])
        Thread.sleep(forTimeInterval: 0.2)
        #expect(try client.ping())
        #expect(try client.request(.control, "kernel_info_request").msgType == "kernel_info_reply")
        let start = Date()
        _ = try client.request(.control, "interrupt_request")
        let reply = try client.receive(.shell, timeout: 5)
        #expect(Date().timeIntervalSince(start) < 1)
        #expect(reply.parentHeader["msg_id"]?.stringValue == running.msgID)
        #expect(reply.content["status"] == "error")
        #expect(try client.execute("print(1)").reply.content["status"] == "ok")
    }

    @Test func sigintInterruptsTheRunningCell() throws {
        let kernel = try KernelProcess()
        let client = try kernel.client()
        _ = try client.send(.shell, "execute_request", ["code": "while true {}"])
        Thread.sleep(forTimeInterval: 0.2)
        kernel.signal(SIGINT)
        #expect(try client.receive(.shell, timeout: 5).content["status"] == "error")
        #expect(kernel.isRunning)
        let after = try client.execute("print(2)").reply
        #expect(after.content["status"] == "ok", "\(after.content) \(kernel.stderrText())")
    }

    @Test func stdinRoundTrip() throws {
        let kernel = try KernelProcess()
        let client = try kernel.client()
        let sent = try client.send(.shell, "execute_request", ["code": "readLine()", "allow_stdin": true])
        let request: Message
        do { request = try client.receive(.stdin) } catch {
            Issue.record("no input_request; kernel stderr: \(kernel.stderrText())")
            throw error
        }
        #expect(request.msgType == "input_request")
        let answer = Message(header: MessageHeader(msgType: "input_reply", session: client.session, username: "t").json,
                             parentHeader: request.header, content: ["value": "Ada"])
        try client.sendRaw(.stdin, client.codec.encode(answer))
        #expect(try client.receive(.shell).content["status"] == "ok")
        let result = try client.iopub(for: sent).first { $0.msgType == "execute_result" }
        #expect(result?.content["data"]?["text/plain"]?.stringValue?.contains("Ada") == true)
    }

    @Test func historySurvivesARestartAndSIGTERMIsClean() throws {
        let history = NSTemporaryDirectory() + "history-\(UUID().uuidString).sqlite"
        do {
            let kernel = try KernelProcess(historyPath: history)
            let client = try kernel.client()
            _ = try client.execute("print(\"first session\")")
            #expect(try client.request(.control, "shutdown_request", ["restart": true]).content["restart"] == true)
            #expect(kernel.waitForExit(timeout: 5) == 0)
        }
        let kernel = try KernelProcess(historyPath: history)
        let client = try kernel.client()
        let tail = try client.request(.shell, "history_request", ["hist_access_type": "tail", "n": 5]).content
        #expect(tail["history"]?.arrayValue?.last == [1, 1, "print(\"first session\")"])
        kernel.signal(SIGTERM)
        #expect(kernel.waitForExit(timeout: 5) == 0)
    }

    @Test func missingConnectionFileIsAClearError() throws {
        let errPath = NSTemporaryDirectory() + "stderr-\(UUID().uuidString)"
        let pid = try KernelProcess.spawn(KernelProcess.binary, ["run", "--connection-file", "/nonexistent/kernel.json"],
                                          stderr: errPath)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        #expect((status >> 8) & 0xff == 2)
        let text = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        #expect(text.contains("connection file '/nonexistent/kernel.json' does not exist"))
    }
}
