/// Loss functions (mean over the batch) and metrics.
public enum Loss {
    /// Cross-entropy of raw scores: −mean log softmax(logits)[i, targets[i]].
    /// Shapes: logits [N, C], targets N class indices.
    /// - Throws: ``TensorError`` for a count mismatch or a target outside 0..<C.
    public static func crossEntropy(_ logits: Tensor, _ targets: [Int]) throws -> Tensor {
        try nll(logits.logSoftmax(axis: -1), targets)
    }

    /// Negative log-likelihood of log-probabilities: −mean logProbs[i, targets[i]].
    public static func nll(_ logProbs: Tensor, _ targets: [Int]) throws -> Tensor {
        guard logProbs.rank == 2, logProbs.shape[0] == targets.count else {
            throw TensorError.shapeMismatch(op: "nll", lhs: logProbs.shape, rhs: [targets.count],
                                            expected: "log-probabilities [N, C] and N targets")
        }
        for t in targets where t < 0 || t >= logProbs.shape[1] {
            throw TensorError.indexOutOfRange(op: "nll", index: t, validRange: "classes 0..<\(logProbs.shape[1])")
        }
        return -(try logProbs.pick(columns: targets).mean())
    }

    /// Mean squared error.
    /// - Throws: ``TensorError`` when shapes do not broadcast.
    public static func mse(_ prediction: Tensor, _ target: Tensor) throws -> Tensor {
        try (prediction - target).square().mean()
    }

    /// Mean absolute error.
    public static func l1(_ prediction: Tensor, _ target: Tensor) throws -> Tensor {
        try (prediction - target).abs().mean()
    }

    /// Binary cross-entropy of raw scores against 0/1 targets (stable form).
    public static func binaryCrossEntropy(logits: Tensor, _ targets: Tensor) throws -> Tensor {
        // max(x, 0) − x·t + log(1 + e^−|x|)
        try (logits.relu() - logits * targets + (-logits.abs()).exp().unary(.affine(scale: 1, shift: 1)).log()).mean()
    }

    /// Fraction of rows whose largest score is at the target class.
    public static func accuracy(_ scores: Tensor, _ targets: [Int]) throws -> Double {
        let predicted = try scores.argmaxIndices()
        guard predicted.count == targets.count else {
            throw TensorError.shapeMismatch(op: "accuracy", lhs: scores.shape, rhs: [targets.count], expected: "one target per row")
        }
        guard !targets.isEmpty else { return 0 }
        return Double(zip(predicted, targets).filter { $0 == $1 }.count) / Double(targets.count)
    }
}
