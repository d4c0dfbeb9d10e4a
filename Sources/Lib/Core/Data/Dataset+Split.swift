// MARK: - Splits

extension Dataset {
    /// The node (or graph) indices of each part of `split`.
    /// - Throws: ``DataError`` when the file has no stored split of that kind, or
    ///   ``TensorError`` for invalid fractions, fold numbers or split indices.
    public func split(_ split: Split) throws -> SplitIndices {
        let n = graphs.isEmpty ? (graph?.nodeCount ?? 0) : graphs.count
        switch split {
        case let .dense(seed, train, validation):
            guard train > 0, validation >= 0, train + validation <= 1 else {
                throw TensorError.invalidArgument(op: "split(.dense)", message: "fractions \(train) + \(validation) must lie in (0, 1]")
            }
            let rng = RNG(seed: seed, stream: 3)
            var tr: [Int] = [], va: [Int] = [], te: [Int] = []
            for members in membersByClass(n) {
                var m = members
                rng.shuffle(&m)
                let a = Int((train * Double(m.count)).rounded()), b = Int((validation * Double(m.count)).rounded())
                tr += m[0..<min(a, m.count)]
                va += m[min(a, m.count)..<min(a + b, m.count)]
                te += m[min(a + b, m.count)...]
            }
            return SplitIndices(train: tr.sorted(), validation: va.sorted(), test: te.sorted())

        case .geomGCN(let i):
            guard let npz = arrays else { throw DataError.missingArray(name: "geom_gcn masks", file: name, available: []) }
            let prefix = npz.contains("geom_gcn_train_mask") ? "geom_gcn_" : ""
            let masks = try ["train_mask", "val_mask", "test_mask"].map { try npz[prefix + $0] }
            guard masks[0].shape.count == 2 else {
                throw DataError.missingArray(name: "\(prefix)train_mask [10, N]", file: name, available: npz.names)
            }
            let splits = masks[0].shape[0]
            guard i >= 0, i < splits else {
                throw TensorError.indexOutOfRange(op: "split(.geomGCN)", index: i, validRange: "0..<\(splits)")
            }
            let parts = try masks.map { m -> [Int] in
                let b = try m.bools()
                let w = m.shape[1]
                return (0..<w).filter { b[i * w + $0] }
            }
            return SplitIndices(train: parts[0], validation: parts[1], test: parts[2])

        case .standard:
            guard let npz = arrays, npz.contains("train_mask") else {
                throw DataError.missingArray(name: "train_mask", file: name, available: arrays?.names ?? [])
            }
            let masks = try ["train_mask", "val_mask", "test_mask"].map { try npz[$0] }
            guard masks[0].shape.count == 1 else {
                throw DataError.missingArray(name: "a 1-D standard split (this file stores 10 splits; use .geomGCN(i))",
                                             file: name, available: npz.names)
            }
            let parts = try masks.map { m -> [Int] in
                let b = try m.bools()
                return (0..<b.count).filter { b[$0] }
            }
            return SplitIndices(train: parts[0], validation: parts[1], test: parts[2])

        case let .kFold(k, fold, seed):
            guard k >= 2, fold >= 0, fold < k else {
                throw TensorError.invalidArgument(op: "split(.kFold)", message: "needs k >= 2 and 0 <= fold < k, got k = \(k), fold = \(fold)")
            }
            let rng = RNG(seed: seed, stream: 5)
            var folds = [[Int]](repeating: [], count: k)
            var position = 0
            for members in membersByClass(n) {
                var m = members
                rng.shuffle(&m)
                for v in m { folds[position % k].append(v); position += 1 }
            }
            let valFold = (fold + 1) % k
            let train = (0..<k).filter { $0 != fold && $0 != valFold }.flatMap { folds[$0] }
            return SplitIndices(train: train.sorted(), validation: folds[valFold].sorted(), test: folds[fold].sorted())
        }
    }

    /// Item indices grouped by class (one group for regression or unlabelled data).
    private func membersByClass(_ n: Int) -> [[Int]] {
        guard classCount > 0, labels.count == n else { return [Array(0..<n)] }
        var groups = [[Int]](repeating: [], count: classCount)
        for (i, l) in labels.enumerated() where l >= 0 && l < classCount { groups[l].append(i) }
        return groups
    }
}
