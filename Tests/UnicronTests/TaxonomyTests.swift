import Testing
import Foundation
@testable import Unicron

@Suite struct TaxonomyTests {
    @Test func severityActionsAndEscalation() {
        #expect(Severity.sev3.action == .reattempt)
        #expect(Severity.sev2.action == .restartProcess)
        #expect(Severity.sev1.action == .isolateAndReplan)
        #expect(Severity.sev3.escalated == .sev2 && Severity.sev2.escalated == .sev1 && Severity.sev1.escalated == .sev1)
        let allFail = EscalationOutcome.escalate(from: .sev3) { _ in false }
        #expect(allFail.attempts == [.sev3, .sev2, .sev1])
        let second = EscalationOutcome.escalate(from: .sev3) { $0 == .sev2 }
        #expect(second.attempts == [.sev3, .sev2] && second.resolvedAt == .sev2)
        #expect(EscalationOutcome.escalate(from: .sev1) { _ in false }.attempts == [.sev1])
    }

    @Test func kindsCoverThePaperTable() throws {
        #expect(ErrorKind.eccError.severity == .sev1)
        #expect(ErrorKind.taskHang.severity == .sev2)
        #expect(ErrorKind.ncclTimeout.severity == .sev3)
        let total = ErrorKind.allCases.reduce(0) { $0 + $1.sharePercent }
        #expect(abs(total - 43.4) < 0.01)  // the paper: 43.4% of the largest tasks end abnormally
        #expect(try ErrorKind(parsing: "ECCERROR") == .eccError)
        #expect(throws: UnicronError.self) { try ErrorKind(parsing: "meteor") }
    }

    @Test func detectionLatencies() {
        let d = DetectionModel()
        #expect(d.latency(.heartbeatLease, iterationTime: 10) == 5)
        #expect(d.latency(.processExit, iterationTime: 10) < 1)
        #expect(d.latency(.iterationStatistics, iterationTime: 10) == 25)
        #expect(d.baselineLatency(.taskHang) == 1800)
        var mon = IterationTimeMonitor()
        #expect(!mon.isHang(elapsed: 1000))
        for _ in 0..<5 { mon.record(2) }
        #expect(!mon.isHang(elapsed: 5.9) && mon.isHang(elapsed: 6.1))
    }

    @Test func traceSamplingIsSeededAndRoundTripsThroughCSV() throws {
        let a = try FailureTrace.sample(days: 7, failuresPerDay: 8, seed: 3)
        let b = try FailureTrace.sample(days: 7, failuresPerDay: 8, seed: 3)
        let c = try FailureTrace.sample(days: 7, failuresPerDay: 8, seed: 4)
        #expect(a == b && a != c)
        #expect(a.events.count > 20 && a.events.count < 100)
        let back = try FailureTrace(csv: a.csv, gpuCount: 128, duration: a.duration)
        #expect(back.events.count == a.events.count)
        for (x, y) in zip(a.events, back.events) {
            #expect(x.gpu == y.gpu && x.kind == y.kind && x.resolvedAt == y.resolvedAt && abs(x.time - y.time) < 1e-6)
        }
        let minimal = try FailureTrace(csv: "time_s,gpu,kind\n10,3,eccError\n5,200,taskHang\n", gpuCount: 256)
        #expect(minimal.events.map(\.gpu) == [200, 3])
        #expect(throws: UnicronError.self) { try FailureTrace(csv: "t,g\n1,2\n", gpuCount: 8) }
        #expect(throws: UnicronError.self) { try FailureTrace(csv: "time_s,gpu,kind\n1,99,eccError\n", gpuCount: 8) }
    }

    @Test func transitionTermsOrderAsThePaperSays() {
        let tm = TransitionModel()
        let cfg = ParallelConfig(tensor: 8, pipeline: 2, data: 4)
        let full = tm.unicron(model: .gpt3_13B, config: cfg, iterationTime: 10)
        let noReuse = tm.unicron(model: .gpt3_13B, config: cfg, iterationTime: 10, partialReuse: false)
        let noNearest = tm.unicron(model: .gpt3_13B, config: cfg, iterationTime: 10, nearest: false)
        let restart = tm.checkpointRestart(model: .gpt3_13B, config: cfg)
        #expect(full.total < noReuse.total && full.total < noNearest.total && noReuse.total < restart.total)
        #expect(full.source == .remotePeer)
        #expect(abs(restart.overhead - 23 * 60) < 1e-9 && restart.recompute == 15 * 60)
    }
}
