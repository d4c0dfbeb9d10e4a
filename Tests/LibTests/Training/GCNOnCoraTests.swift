import Testing
@testable import Lib

/// End to end: a 2-layer GCN (Kipf & Welling) trained on Cora's public split
/// reaches the accuracy the paper reports (81.5%) within a few points.
@Suite struct GCNOnCoraTests {
    @Test func gcnLearnsCora() throws {
        let cora = try Datasets.load("cora")
        let x = try #require(cora.x).rowNormalized()
        let graph = try #require(cora.graph)
        let split = try cora.split(.standard)
        let trainLabels = split.train.map { cora.labels[$0] }
        let testLabels = split.test.map { cora.labels[$0] }
        let conv1 = GCNConv(cora.featureCount, 16, seed: 0), conv2 = GCNConv(16, cora.classCount, seed: 1)
        let opt = Adam([ParameterGroup(conv1.parameters(), lr: 0.01, weightDecay: 5e-4),
                        ParameterGroup(conv2.parameters(), lr: 0.01)])
        let rng = RNG(seed: 0)
        func forward(training: Bool) throws -> Tensor {
            let h = try conv1(x, graph: graph).relu()  // (no input dropout: debug builds make it slow)
            return try conv2(h.dropout(0.5, rng: rng, training: training), graph: graph)
        }
        let history = try TrainingLoop.run(epochs: 100, label: "gcn cora") { _ in
            opt.zeroGrad()
            let loss = try Loss.crossEntropy(forward(training: true).indexSelect(split.train), trainLabels)
            try loss.backward()
            try opt.step()
            return [("loss", loss.value)]
        }
        let logits = try withNoGrad { try forward(training: false) }
        let accuracy = try Loss.accuracy(logits.indexSelect(split.test), testLabels)
        #expect(history["loss"].last! < history["loss"].first! / 2)
        #expect(accuracy > 0.78, "test accuracy \(accuracy)")
    }
}
