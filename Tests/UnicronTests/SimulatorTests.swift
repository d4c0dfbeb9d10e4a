import Testing
import Foundation
@testable import Unicron

@Suite struct SimulatorTests {
    @Test(arguments: Policy.allCases)
    func invariantsHold(_ policy: Policy) throws {
        let trace = try FailureTrace.sample(gpus: 64, days: 3, failuresPerDay: 20, seed: 5)
        let sim = try Simulator(workload: try Simulator.gpt3Workload(gpus: 64, count: 4), trace: trace)
        let r = try sim.run(SimulationOptions(policy: policy))
        #expect(r.invariantViolations == 0)
        #expect(r.peakGPUsHeld <= 64)
        #expect(r.accumulatedWAF > 0)
        for k in 1..<r.accumulatedCurve.count { #expect(r.accumulatedCurve[k] >= r.accumulatedCurve[k - 1]) }
        for s in r.timeline { #expect(s.start >= 0 && s.end >= s.start && s.end <= r.duration + 1e-6) }
        // Timeline segments of one task never overlap.
        for t in 0..<4 {
            let segs = r.timeline.filter { $0.task == t }.sorted { $0.start < $1.start }
            for k in 1..<max(segs.count, 1) { #expect(segs[k].start >= segs[k - 1].end - 1e-6) }
        }
    }

    @Test func noFailuresMeansEveryPolicyButBambooEqual() throws {
        let trace = try FailureTrace(events: [], gpuCount: 32, duration: 86400)
        let sim = try Simulator(workload: try Simulator.gpt3Workload(gpus: 32, count: 2), trace: trace)
        let u = try sim.run(SimulationOptions(policy: .unicron)).accumulatedWAF
        let m = try sim.run(SimulationOptions(policy: .megatron)).accumulatedWAF
        let b = try sim.run(SimulationOptions(policy: .bamboo)).accumulatedWAF
        #expect(abs(u - m) <= 1e-9 * u)
        #expect(abs(b - u / 1.5) <= 1e-9 * u)
    }

    @Test func unicronBeatsBaselinesAndTechniquesHelp() throws {
        let trace = try FailureTrace.sample(days: 7, failuresPerDay: 8, seed: 1)
        let sim = try Simulator(workload: try Simulator.gpt3Workload(gpus: 128, count: 6), trace: trace)
        var opts = SimulationOptions(policy: .unicron); opts.recordTimeline = false
        let u = try sim.run(opts).accumulatedWAF
        for p in [Policy.megatron, .oobleck, .varuna, .bamboo] {
            var o = SimulationOptions(policy: p); o.recordTimeline = false
            #expect(u > (try sim.run(o)).accumulatedWAF, "\(p)")
        }
        opts.partialReuse = false
        #expect(u > (try sim.run(opts)).accumulatedWAF)
    }
}
