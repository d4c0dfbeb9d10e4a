/// How to divide a dataset into training, validation and test parts.
public enum Split: Sendable {
    /// Random, class-stratified 60/20/20 (or the given fractions) with a seed:
    /// within each class the items are shuffled and the first 60% train, the next 20% validate.
    case dense(seed: Int, train: Double = 0.6, validation: Double = 0.2)
    /// The i-th (0..<10) fixed Geom-GCN 60/20/20 split stored in the file
    /// (also the generated splits of the Amazon files).
    case geomGCN(Int)
    /// The standard split stored in the file: the Planetoid public split, or ZINC's official 10k/1k/1k.
    case standard
    /// Fold `fold` of a class-stratified k-fold split: that fold is the test set,
    /// fold `(fold + 1) % k` validates, the rest trains.
    case kFold(k: Int, fold: Int, seed: Int)
}

/// The indices (nodes or graphs) of each part of a split, sorted.
public struct SplitIndices: CustomStringConvertible {
    /// Training indices.
    public let train: [Int]
    /// Validation indices.
    public let validation: [Int]
    /// Test indices.
    public let test: [Int]

    /// Creates a split from index lists.
    public init(train: [Int], validation: [Int], test: [Int]) {
        self.train = train
        self.validation = validation
        self.test = test
    }

    /// Part sizes.
    public var description: String { "Split(train: \(train.count), validation: \(validation.count), test: \(test.count))" }
}
