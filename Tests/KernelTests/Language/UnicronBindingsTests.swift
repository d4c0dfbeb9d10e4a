import Foundation
import Testing
@testable import Kernel

/// Cells that drive the Unicron module: cluster and plans, simulation with figures, bad input.
@Suite struct UnicronBindingsTests {
    @Test func clusterPlansAndHeals() {
        let (out, o) = run1("""
        let cluster = Cluster(nodes: 4)
        let a = cluster.submit("1.3B", weight: 1)
        let b = cluster.submit("13B", weight: 2)
        let held = cluster.gpus(of: a.id).count + cluster.gpus(of: b.id).count
        print(held <= 32, cluster.lastPlan!.allocation.count, b.minGPUs >= 1)
        let g = cluster.gpus(of: b.id).first ?? cluster.gpus(of: a.id)[0]
        print(cluster.fail(gpu: g, kind: "ncclTimeout"))
        print(cluster.fail(gpu: g, kind: "cudaError", actionSucceeds: false))
        print(cluster.healthyGPUs)
        cluster.repair(node: g / 8)
        print(cluster.healthyGPUs, cluster.events.count > 5)
        """)
        #expect(o.error == nil, "\(String(describing: o.error))")
        #expect(out == "true 2 true\nSEV3\nSEV2 → SEV1\n24\n32 true\n")
    }

    @Test func simulationAndFigures() {
        let (out, o) = run1("""
        let trace = FailureTrace.sample(gpus: 32, days: 2, failuresPerDay: 10, seed: 3)
        let sim = Simulator.gpt3(tasks: 2, trace: trace)
        let u = sim.run("unicron")
        let m = sim.run("megatron")
        print(u.invariantViolations, m.invariantViolations, u.accumulatedWAF > m.accumulatedWAF, trace.count > 5)
        let f1 = u.timelineFigure(tasks: 2)
        let f2 = SimulationResult.wafFigure([u, m])
        print(f1.axes.title!)
        """)
        #expect(o.error == nil, "\(String(describing: o.error))")
        #expect(out == "0 0 true true\nUnicron: GPUs training per task\n")
    }

    @Test func badInputIsAnErrorMessage() {
        let o1 = run1("Cluster(nodes: 2).submit(\"9B\")").outcome
        #expect((o1.error?.value ?? "").contains("no GPT-3 preset '9B'"))
        let o2 = run1("Executor(nodes: 2, steps: 3, faults: [\"explode:0:1\"])").outcome
        #expect((o2.error?.value ?? "").contains("unknown kind 'explode'"))
        let o3 = run1("Simulator.gpt3(tasks: 1, trace: FailureTrace.sample(gpus: 16, days: 1, seed: 1)).run(\"slurm\")").outcome
        #expect((o3.error?.value ?? "").contains("unknown policy 'slurm'"))
    }
}

/// The real executor from a cell: agents are found next to the test bundle in the build directory.
@Suite struct UnicronExecutorCellTests {
    @Test func executorRunsFromACell() {
        let (out, o) = run1("""
        let report = Executor(nodes: 2, steps: 4, faults: ["kill:1:1"]).run()
        print(report.stepsCompleted, report.restarts, report.maxDifference < 1e-5, report.log.contains("processExit"))
        """)
        #expect(o.error == nil, "\(String(describing: o.error))")
        #expect(out == "4 1 true true\n")
    }
}
