import Foundation
import Testing
@testable import Protocol

@Suite struct ConnectionInfoTests {
    let valid = #"{"shell_port": 5001, "iopub_port": 5002, "stdin_port": 5003, "control_port": 5004, "hb_port": 5005, "ip": "127.0.0.1", "key": "k", "transport": "tcp", "signature_scheme": "hmac-sha256", "kernel_name": "swift-research"}"#

    func parse(_ s: String) throws -> ConnectionInfo { try ConnectionInfo(json: Array(s.utf8)) }

    func message(_ s: String) -> String {
        do { _ = try parse(s); return "" } catch { return "\(error)" }
    }

    @Test func parsesAFrontEndsFile() throws {
        let c = try parse(valid)
        #expect(c.shellEndpoint == "tcp://127.0.0.1:5001")
        #expect(c.hbEndpoint == "tcp://127.0.0.1:5005")
        #expect(c.key == Array("k".utf8))
        #expect(try ConnectionInfo(json: c.json.serializedBytes()) == c)
    }

    @Test func ipcEndpointsUseThePathPrefix() throws {
        let c = try parse(valid.replacingOccurrences(of: "\"tcp\"", with: "\"ipc\"").replacingOccurrences(of: "127.0.0.1", with: "/tmp/k"))
        #expect(c.controlEndpoint == "ipc:///tmp/k-5004")
    }

    @Test func portZeroMeansAnyPort() throws {
        let c = try parse(valid.replacingOccurrences(of: "5001", with: "0"))
        #expect(c.shellEndpoint == "tcp://127.0.0.1:*")
        #expect(ConnectionInfo.port(ofEndpoint: "tcp://127.0.0.1:40123") == 40123)
    }

    @Test func explainsWhatIsWrong() {
        #expect(message(valid.replacingOccurrences(of: "\"key\": \"k\",", with: "")).contains("missing \"key\""))
        #expect(message(valid.replacingOccurrences(of: "5003", with: "70000")).contains("\"stdin_port\""))
        #expect(message(valid.replacingOccurrences(of: "5003", with: "\"x\"")).contains("port number"))
        #expect(message(valid.replacingOccurrences(of: "hmac-sha256", with: "hmac-md5")).contains("unsupported signature_scheme \"hmac-md5\""))
        #expect(message(valid.replacingOccurrences(of: "\"tcp\"", with: "\"udp\"")).contains("unknown transport"))
        #expect(message("{").contains("not valid JSON"))
        #expect(message("[]").contains("JSON object"))
    }

    @Test func missingFileIsAClearError() {
        do {
            _ = try ConnectionInfo(contentsOf: "/nonexistent/kernel-1.json")
            Issue.record("expected an error")
        } catch { #expect("\(error)" == "connection file '/nonexistent/kernel-1.json' does not exist") }
    }
}
