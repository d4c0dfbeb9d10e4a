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

@Suite struct SubgraphTrainerTests {
    /// Same seed, one trainer per form: the loss curves lie on top of each other. Float64, so that
    /// rounding differences (which Adam and batch norm amplify over many steps in Float32) stay far
    /// below the tolerance and only an algorithmic difference could fail the test.
    @Test func bothFormsTrainTheSameCurve() throws {
        let graphs = try (0..<12).map { k in
            try TestGraphs.sample(6 + k % 4, TestGraphs.random(6 + k % 4, p: 0.4, seed: k), seed: k)
        }
        var c = SubgraphGNNConfiguration(policy: .nodeMarked, inputFeatures: 3, task: .regression)
        c.layers = 2; c.hidden = 8; c.dtype = .float64
        let bags = try PreparedBags(graphs, policy: c.policy, layers: c.layers)
        #expect(bags.compactBytes > 0 && bags.conventionalBytes > 0)
        let runs = try BagForm.allCases.map { form in
            try SubgraphTrainer(model: SubgraphGNN(c), form: form, lr: 1e-2, batchSize: 4, seed: 1)
                .fit(bags, train: Array(0..<8), test: Array(8..<12), epochs: 3)
        }
        for (a, b) in zip(runs[0].losses, runs[1].losses) { #expect(abs(a - b) <= 1e-8 * max(abs(a), 1)) }
        for (a, b) in zip(runs[0].metrics, runs[1].metrics) { #expect(abs(a - b) <= 1e-8 * max(abs(a), 1)) }
        #expect(runs[0].losses.last! < runs[0].losses.first!)
    }
}
