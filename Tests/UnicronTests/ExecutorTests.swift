import Testing
import Foundation
@testable import Unicron

/// Real multi-process runs: agents are `unicron-agent` processes built next to the test bundle.
@Suite(.serialized) struct ExecutorTests {
    @Test func faultFreeRunMatchesTheInProcessReference() throws {
        var cfg = ExecutorConfig(); cfg.steps = 6
        let r = try Executor(config: cfg).run()
        #expect(r.stepsCompleted == 6)
        #expect(r.maxDifference <= 1e-6)
        #expect(r.replicaDifference == 0)
        #expect(r.restarts == 0 && r.isolations == 0)
        #expect(r.losses.last! < r.losses.first!)
    }

    @Test func everyFaultKindIsDetectedAndHealed() throws {
        var cfg = ExecutorConfig(); cfg.steps = 14; cfg.nodes = 3
        let faults: [InjectedFault] = [.kill(node: 1, step: 2), .hang(node: 2, step: 5),
                                       .thrownError(node: 0, step: 7, times: 1), .droppedHeartbeats(node: 1, step: 9)]
        let r = try Executor(config: cfg, faults: faults).run()
        let log = r.log
        #expect(r.stepsCompleted == 14)
        #expect(log.contains("processExit"), "\(log)")
        #expect(log.contains("iterationStatistics"), "\(log)")
        #expect(log.contains("exceptionPropagation") && log.contains("reattempt in place"), "\(log)")
        #expect(log.contains("heartbeatLease") && log.contains("isolateAndReplan"), "\(log)")
        #expect(log.contains("nearest state") && log.contains("kept"), "\(log)")
        #expect(r.restarts >= 2 && r.isolations == 1 && r.reattempts == 1)
        #expect(r.maxDifference <= 1e-5, "\(r.maxDifference)")
        #expect((r.replicaDifference ?? 1) <= 1e-6)
    }

    @Test func repeatedErrorEscalatesToRestart() throws {
        var cfg = ExecutorConfig(); cfg.steps = 4; cfg.nodes = 2
        let r = try Executor(config: cfg, faults: [.thrownError(node: 1, step: 1, times: 2)]).run()
        #expect(r.log.contains("escalating SEV3 → SEV2"))
        #expect(r.restarts == 1 && r.stepsCompleted == 4)
        #expect(r.maxDifference <= 1e-5)
    }

    @Test func badInputIsRejected() {
        #expect(throws: UnicronError.self) { try Executor(faults: [.kill(node: 9, step: 0)]) }
        var cfg = ExecutorConfig(); cfg.nodes = 0
        #expect(throws: UnicronError.self) { try Executor(config: cfg) }
    }
}

@Suite struct AgentLocatorTests {
    @Test func lookupOrderAndErrors() throws {
        // Next to the running executable (the test bundle sits in the build directory beside unicron-agent).
        #expect(try AgentLocator.find(environment: [:]).hasSuffix("unicron-agent"))
        // The environment variable wins, and a wrong value is named in the error.
        #expect(throws: UnicronError.self) { try AgentLocator.find(environment: ["UNICRON_AGENT": "/nonexistent/agent"]) }
        do {
            _ = try AgentLocator.find(environment: [:], executable: "/nonexistent/dir/kernel")
            Issue.record("expected an error")
        } catch let e as UnicronError {
            #expect(e.message.contains("/nonexistent/dir/unicron-agent") && e.message.contains("UNICRON_AGENT"))
        }
    }
}
