import Foundation
import Lib

extension NodeClassifier {
    /// Trains full-batch on `dataset` with Adam over ``NodeClassifier/parameterGroups()`` and
    /// returns the test accuracy at the best validation epoch (the dense-split protocol).
    ///
    /// Features are row-normalised. Each epoch takes one training step, then evaluates
    /// train/validation/test accuracy; training stops after `patience` epochs without the
    /// validation accuracy reaching its best (ties count as reaching it, as in the official
    /// code). The parameters of the best epoch are restored at the end. Reports progress
    /// (label "<model> <dataset>") and honours interrupts.
    ///
    /// - Parameters:
    ///   - dataset: a node classification dataset with features.
    ///   - split: the split (``Split/dense(seed:train:validation:)`` for 60/20/20).
    ///   - epochs: maximum number of epochs.
    ///   - patience: epochs without reaching the best validation accuracy before stopping.
    /// - Throws: ``LONGNNError`` when the dataset has no features or graph, ``InterruptedError``
    ///   on interrupt, ``TensorError`` when the model does not fit the data.
    public func fit(_ dataset: Dataset, split: Split = .dense(seed: 0), epochs: Int = 1000,
                    patience: Int = 200) throws -> NodeClassificationRun {
        try checkUsable(dataset)
        let seed: Int
        if case let .dense(s, _, _) = split { seed = s } else { seed = 0 }
        return try fit(dataset, parts: try dataset.split(split), seed: seed, epochs: epochs, patience: patience)
    }

    /// Trains as ``fit(_:split:epochs:patience:)`` on explicit train/validation/test indices
    /// (e.g. ``Dataset/balancedDenseSplit(seed:train:validation:)``); `seed` is only recorded.
    public func fit(_ dataset: Dataset, parts: SplitIndices, seed: Int, epochs: Int = 1000,
                    patience: Int = 200) throws -> NodeClassificationRun {
        try checkUsable(dataset)
        guard let graph = dataset.graph, let rawX = dataset.x else { throw LONGNNError.unsuitableDataset(name: dataset.name, reason: "no graph") }
        let x = try rawX.rowNormalized()
        let labels = dataset.labels
        let trainLabels = parts.train.map { labels[$0] }
        let optimizer = Adam(parameterGroups())
        let history = TrainingHistory()
        var bestVal = -1.0, bestTest = 0.0, bestEpoch = 0, sinceBest = 0, ran = 0
        var best: [Tensor] = snapshot()
        let label = "\(name) \(dataset.name)"
        let start = Date()
        for epoch in 0..<max(epochs, 0) {
            try Interruption.check()
            train()
            optimizer.zeroGrad()
            let out = try forward(x, graph: graph)
            let loss = try Loss.nll(out.indexSelect(parts.train), trainLabels)
            try loss.backward()
            try optimizer.step()
            eval()
            let scores = try withNoGrad { try forward(x, graph: graph) }
            let predicted = try scores.argmaxIndices()
            func accuracy(_ idx: [Int]) -> Double {
                idx.isEmpty ? 0 : Double(idx.filter { predicted[$0] == labels[$0] }.count) / Double(idx.count)
            }
            let (tr, va, te) = (accuracy(parts.train), accuracy(parts.validation), accuracy(parts.test))
            let metrics = [("loss", loss.value), ("train", tr), ("val", va), ("test", te)]
            history.log(epoch: epoch, metrics)
            ran = epoch + 1
            if va >= bestVal {
                bestVal = va; bestTest = te; bestEpoch = epoch; sinceBest = 0
                best = snapshot()
            } else {
                sinceBest += 1
            }
            let stop = sinceBest > patience
            Progress.report(label: label, step: epoch + 1, total: epochs, metrics: metrics,
                            isFinished: stop || epoch == epochs - 1)
            if stop { break }
        }
        try restore(best)
        eval()
        return NodeClassificationRun(model: name, dataset: dataset.name, seed: seed, testAccuracy: bestTest,
                                     validationAccuracy: max(bestVal, 0), bestEpoch: bestEpoch, epochs: ran,
                                     history: history, seconds: Date().timeIntervalSince(start))
    }

    private func checkUsable(_ dataset: Dataset) throws {
        guard dataset.graph != nil, dataset.x != nil, dataset.kind == .nodeClassification else {
            throw LONGNNError.unsuitableDataset(
                name: dataset.name, reason: dataset.kind == .nodeClassification
                    ? "it ships without node features (PubMed's file has none)" : "it is not a node classification dataset")
        }
    }
}
