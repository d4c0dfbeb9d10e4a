import Testing
import Foundation
@testable import Unicron

@Suite struct ClusterTests {
    @Test func submitFailRepairFinish() throws {
        let c = try Cluster(nodes: 4, gpusPerNode: 8)
        let a = try c.submit(.gpt3_1_3B, weight: 1)
        let b = try c.submit(.gpt3_6_7B, weight: 2)
        #expect(c.gpus(of: a.id).count + c.gpus(of: b.id).count <= 32)
        #expect(c.gpus(of: b.id).count >= b.minGPUs)
        let wafBefore = c.waf
        // SEV3 handled in place: allocation unchanged.
        let holder = try #require([a, b].first { !c.gpus(of: $0.id).isEmpty })
        let before = c.gpus(of: holder.id)
        let o3 = try c.fail(gpu: before[0], kind: .linkFlapping)
        #expect(o3.resolvedAt == .sev3 && c.gpus(of: holder.id) == before)
        // A failing SEV2 restart escalates to SEV1: the node is isolated and nobody keeps its GPUs.
        let g = before[0]
        let o2 = try c.fail(gpu: g, kind: .cudaError, actionSucceeds: false)
        #expect(o2.attempts == [.sev2, .sev1])
        let node = g / 8
        #expect((node * 8..<(node + 1) * 8).allSatisfy { c.owner[$0] == nil && c.health[$0] == .isolated })
        #expect(c.healthyGPUs == 24 && c.waf <= wafBefore)
        #expect(throws: UnicronError.self) { try c.fail(gpu: g, kind: .eccError) }
        try c.repair(node: node)
        #expect(c.healthyGPUs == 32 && c.precomputedHits == 2)
        try c.finish(a.id)
        #expect(c.gpus(of: a.id).isEmpty)
        #expect(c.events.contains { $0.kind == "finish" } && c.events.contains { $0.kind == "repair" })
        #expect(throws: UnicronError.self) { try c.finish(a.id) }
        #expect(throws: UnicronError.self) { try c.repair(node: 99) }
    }

    @Test func precomputedPlanCoversEveryBusyNode() throws {
        let c = try Cluster(nodes: 4, gpusPerNode: 8)
        try c.submit(.gpt3_2_7B); try c.submit(.gpt3_13B)
        let busy = (0..<4).filter { n in (n * 8..<(n + 1) * 8).contains { c.owner[$0] != nil } }
        #expect(busy.allSatisfy { n in c.precomputed.contains { $0.event == "failure of node \(n)" } })
        try c.isolate(node: busy[0])
        #expect(c.precomputedHits == 1)
    }
}
