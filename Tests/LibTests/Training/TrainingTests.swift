import Testing
@testable import Lib

/// Serialized: these tests install the process-wide progress handler and interrupt flag,
/// which the training loops read.
@Suite(.serialized) struct TrainingTests {
    @Test func earlyStoppingTracksBestEpoch() {
        let stop = EarlyStopping(patience: 2, mode: .max)
        for (epoch, acc) in [0.5, 0.7, 0.6, 0.65].enumerated() { stop.update(acc, epoch: epoch) }
        #expect(stop.bestEpoch == 1 && stop.bestValue == 0.7)
        #expect(stop.shouldStop)
    }

    @Test func historyKeepsOrderAndFindsBest() {
        let h = TrainingHistory()
        h.log(epoch: 0, [("loss", 1.0), ("val", 0.2)])
        h.log(epoch: 1, [("loss", 0.5), ("val", 0.4)])
        #expect(h.metricNames == ["loss", "val"])
        #expect(h["loss"] == [1.0, 0.5])
        #expect(h.best("val", mode: .max)?.epoch == 1)
        #expect(h.epochCount == 2)
    }

    @Test func rngIsDeterministicPerSeedAndStream() {
        let a = RNG(seed: 42), b = RNG(seed: 42), c = RNG(seed: 42, stream: 1)
        let xs = (0..<5).map { _ in a.next() }
        #expect(xs == (0..<5).map { _ in b.next() })
        #expect(xs != (0..<5).map { _ in c.next() })
        #expect(RNG(seed: 1).permutation(10).sorted() == Array(0..<10))
        let r = RNG(seed: 3)
        let draws = (0..<10_000).map { _ in r.int(below: 3) }
        #expect(Set(draws) == [0, 1, 2])
    }

    @Test func trainingLoopFitsALineReportsProgressAndStopsOnInterrupt() throws {
        let x = Tensor.randn([64, 1], seed: 0)
        let y = x * 3 + 1
        let model = Linear(1, 1, seed: 0)
        let opt = Adam(model.parameters(), lr: 0.1)
        var events: [ProgressEvent] = []
        let history = try Progress.withHandler({ events.append($0) }) {
            try TrainingLoop.run(epochs: 300, label: "line") { _ in
                opt.zeroGrad()
                let loss = try Loss.mse(model(x), y)
                try loss.backward()
                try opt.step()
                return [("loss", loss.value)]
            }
        }
        #expect(history["loss"].count == 300)
        #expect(history.last("loss")! < 1e-3)
        #expect(close(model.weight.scalars, [3], 1e-2) && close(model.bias!.scalars, [1], 1e-2))
        #expect(events.count == 300 && events.last?.isFinished == true && events[0].label == "line")

        // This thread's own flag: other suites run cells in parallel on the shared one.
        let flag = InterruptFlag()
        flag.request()
        Interruption.withFlag(flag) {
            #expect(throws: InterruptedError.self) { try TrainingLoop.run(epochs: 5) { _ in [] } }
        }
    }

    /// End to end: a 2-layer GCN (Kipf & Welling) trained on Cora's public split
    /// reaches the accuracy the paper reports (81.5%) within a few points.
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
