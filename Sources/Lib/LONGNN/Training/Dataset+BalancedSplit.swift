import Lib

extension Dataset {
    /// The dense split as the official GPR-GNN / JacobiConv / LON-GNN code draws it: round(train·N/C)
    /// training nodes from every class (all of a smaller class), then round(validation·N) validation nodes
    /// drawn from the shuffled rest, and the remainder for testing. Unlike ``Split/dense(seed:train:validation:)``
    /// (stratified 60/20/20 within each class), training classes are balanced and small classes
    /// are almost absent from the test set.
    /// - Throws: ``LONGNNError`` for fractions outside (0, 1] or a dataset without labels.
    public func balancedDenseSplit(seed: Int, train: Double = 0.6, validation: Double = 0.2) throws -> SplitIndices {
        guard train > 0, validation >= 0, train + validation <= 1 else {
            throw LONGNNError.invalidArgument("split fractions \(train) + \(validation) must lie in (0, 1]")
        }
        let n = labels.count
        guard n > 0, classCount > 0 else { throw LONGNNError.unsuitableDataset(name: name, reason: "it has no node labels") }
        let rng = RNG(seed: seed, stream: 31)
        let perClass = Int((train * Double(n) / Double(classCount)).rounded())
        var byClass = [[Int]](repeating: [], count: classCount)
        for (i, l) in labels.enumerated() where l >= 0 && l < classCount { byClass[l].append(i) }
        var trainIdx: [Int] = [], rest: [Int] = []
        for var members in byClass {
            rng.shuffle(&members)
            trainIdx += members.prefix(perClass)
            rest += members.dropFirst(perClass)
        }
        rng.shuffle(&rest)
        let v = min(Int((validation * Double(n)).rounded()), rest.count)
        return SplitIndices(train: trainIdx.sorted(), validation: Array(rest[..<v]).sorted(), test: Array(rest[v...]).sorted())
    }
}
