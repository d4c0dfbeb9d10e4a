import Foundation

/// What a dataset holds.
public enum DatasetKind: String, Sendable {
    /// One graph whose nodes are classified (Cora, Chameleon…).
    case nodeClassification
    /// Many graphs, each with a class (MUTAG, NCI1…).
    case graphClassification
    /// Many graphs, each with a number (ZINC).
    case graphRegression
    /// Images on a grid graph (BernNet filter fitting).
    case images
    /// Plain text (tiny Shakespeare).
    case text
}

/// A loaded dataset: one graph with node labels, a list of graphs, images on a
/// grid, or text. Every array of the source file stays reachable through ``arrays``.
///
/// ```swift
/// let cora = try Datasets.load("cora")
/// cora.nodeCount, cora.featureCount, cora.classCount   // 2708, 1433, 7
/// let split = try cora.split(.dense(seed: 0))
/// let zinc = try Datasets.load("zinc")
/// zinc.count                // 12000
/// let batch = try zinc.batch(Array(0..<128))
/// ```
public final class Dataset: CustomStringConvertible {
    /// The registered name.
    public let name: String
    /// What the dataset holds.
    public let kind: DatasetKind
    /// The raw arrays of the source file (`nil` for text).
    public let arrays: NpzFile?
    /// The graph of a node-level or image dataset.
    public let graph: Graph?
    /// Node features of a node-level dataset, [N, F] (nil where the file has none, e.g. PubMed).
    public let x: Tensor?
    /// Node labels (node-level) or graph labels (graph classification).
    public let labels: [Int]
    /// Number of classes (0 for regression, images and text).
    public let classCount: Int
    /// The graphs of a graph-level dataset.
    public let graphs: [GraphSample]
    /// The text of a text dataset.
    public let text: String?

    init(name: String, kind: DatasetKind, arrays: NpzFile?, graph: Graph?, x: Tensor?, labels: [Int],
         classCount: Int, graphs: [GraphSample], text: String?) {
        self.name = name
        self.kind = kind
        self.arrays = arrays
        self.graph = graph
        self.x = x
        self.labels = labels
        self.classCount = classCount
        self.graphs = graphs
        self.text = text
    }

    // MARK: - Sizes

    /// Nodes of the graph (node-level) or of all graphs together.
    public var nodeCount: Int { graph?.nodeCount ?? graphs.reduce(0) { $0 + $1.graph.nodeCount } }
    /// Directed edges of the graph, or of all graphs together.
    public var edgeCount: Int { graph?.edgeCount ?? graphs.reduce(0) { $0 + $1.graph.edgeCount } }
    /// Width of the node features (0 when there are none).
    public var featureCount: Int { x?.shape.last ?? graphs.first?.x.shape.last ?? 0 }
    /// Number of graphs (1 for node-level datasets).
    public var count: Int { graphs.isEmpty ? (graph == nil ? 0 : 1) : graphs.count }

    /// Graph `i` of a graph-level dataset.
    public subscript(i: Int) -> GraphSample {
        get throws {
            guard i >= 0, i < graphs.count else {
                throw TensorError.indexOutOfRange(op: "Dataset[\(name)]", index: i, validRange: "0..<\(graphs.count)")
            }
            return graphs[i]
        }
    }

    /// The first `n` graphs.
    public func prefix(_ n: Int) -> [GraphSample] { Array(graphs.prefix(n)) }

    /// The graphs at `indices` joined into one mini-batch.
    /// - Throws: ``TensorError`` for an index out of range.
    public func batch(_ indices: [Int]) throws -> GraphMiniBatch {
        try GraphMiniBatch(indices.map { try self[$0] })
    }

    /// Regression targets (graph regression) as a [G] float tensor.
    public var targets: Tensor { Tensor(graphs.map(\.target)) }

    /// Items per class.
    public var classSizes: [Int] {
        var sizes = [Int](repeating: 0, count: classCount)
        for l in labels where l >= 0 && l < classCount { sizes[l] += 1 }
        return sizes
    }

    /// "cora: nodeClassification, 2708 nodes, 10556 edges, 1433 features, 7 classes".
    public var description: String {
        var parts = ["\(name): \(kind.rawValue)"]
        if kind == .text { parts.append("\(text?.count ?? 0) characters") } else {
            if !graphs.isEmpty { parts.append("\(graphs.count) graphs") }
            parts.append("\(nodeCount) nodes, \(edgeCount) edges, \(featureCount) features")
            if classCount > 0 { parts.append("\(classCount) classes") }
        }
        return parts.joined(separator: ", ")
    }
}
