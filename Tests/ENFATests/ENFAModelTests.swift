import Lib
import Testing
@testable import ENFA

@Suite struct ENFAModelTests {
    @Test func outputShapesFollowTheTask() throws {
        let graphs = try TestGraphs.varied()
        var c = SubgraphGNNConfiguration(policy: .nodeDeleted, inputFeatures: 3, task: .classification(classes: 4))
        c.hidden = 8
        let model = try SubgraphGNN(c)
        let out = try model(SubgraphBatch(graphs.map { try SubgraphBag($0, policy: .nodeDeleted) }))
        #expect(out.shape == [graphs.count, 4])
        c.task = .regression
        let reg = try SubgraphGNN(c)
        #expect(try ENFA(reg)(EgoNetBatch(graphs.map { try EgoNetBag($0, policy: .nodeDeleted, layers: 4) })).shape == [graphs.count])
    }

    @Test func mismatchedInputsThrowReadableErrors() throws {
        let graphs = try TestGraphs.varied()
        let c = SubgraphGNNConfiguration(policy: .nodeMarked, inputFeatures: 3, task: .regression)
        let fast = ENFA(try SubgraphGNN(c))
        #expect(throws: ENFAError.self) { try fast(EgoNetBatch(graphs.map { try EgoNetBag($0, policy: .nodeMarked, layers: 2) })) }
        #expect(throws: ENFAError.self) { try SubgraphBatch([]) }
        #expect(throws: ENFAError.self) { try EgoNetBag(graphs[0], policy: .nodeMarked, layers: 0) }
    }

    @Test func sameSeedSameOutputs() throws {
        let graphs = try TestGraphs.varied()
        let c = SubgraphGNNConfiguration(policy: .egoNetsPlus(2), inputFeatures: 3, task: .regression)
        let a = try SubgraphGNN(c)(SubgraphBatch(graphs.map { try SubgraphBag($0, policy: c.policy) }))
        let b = try SubgraphGNN(c)(SubgraphBatch(graphs.map { try SubgraphBag($0, policy: c.policy) }))
        #expect(a.scalars == b.scalars)
    }
}
