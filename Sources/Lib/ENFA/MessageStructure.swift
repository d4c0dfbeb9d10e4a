import Lib

/// Who sends to whom in one message-passing call: edges `sources[k] → targets[k]` over
/// `rowCount` input rows, producing `targetCount` output rows (the first rows of the input,
/// which also give the self term of GIN).
///
/// Without edge features the GIN sum x_i + Σ_j x_j is one sparse product with the
/// (A + I) block kept in ``adjacencyWithSelf``.
public struct MessageStructure {
    /// Source row of every edge.
    public let sources: [Int]
    /// Target row (< targetCount) of every edge.
    public let targets: [Int]
    /// Rows of the input.
    public let rowCount: Int
    /// Rows produced (a prefix of the input rows).
    public let targetCount: Int
    /// Row of the edge-feature table for every edge (nil: edge k uses row k).
    public let edgeRows: [Int]?
    /// (A + I) restricted to the target rows, [targetCount, rowCount]; built when `sparse`.
    public let adjacencyWithSelf: SparseMatrix?

    /// Creates a structure; `sparse` builds the (A + I) block for feature-free edges.
    /// - Throws: ``TensorError`` for rows out of range.
    public init(sources: [Int], targets: [Int], rowCount: Int, targetCount: Int, edgeRows: [Int]?, sparse: Bool) throws {
        self.sources = sources
        self.targets = targets
        self.rowCount = rowCount
        self.targetCount = targetCount
        self.edgeRows = edgeRows
        if sparse {
            let ids = Array(0..<targetCount)
            adjacencyWithSelf = try SparseMatrix(rows: targetCount, columns: rowCount, rowIndices: targets + ids,
                                                 columnIndices: sources + ids,
                                                 values: [Double](repeating: 1, count: targets.count + targetCount))
        } else {
            adjacencyWithSelf = nil
        }
    }
}
