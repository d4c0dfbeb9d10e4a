/// How messages arriving at a node are combined.
public enum Aggregation: Sendable {
    /// Σ_j m_ij.
    case sum
    /// Mean over in-neighbours (0 for isolated nodes).
    case mean
}

/// PyG-style message passing: for every edge j → i, `message` turns the source
/// and target features (`xJ`, `xI`) into a message; messages are aggregated
/// per target; `update` maps the aggregate to the new features.
///
/// Conforming layers implement `message` (and optionally `update`) and call
/// ``propagate(_:graph:aggregation:)``.
public protocol MessagePassing: Layer {
    /// The message along each edge: [E, F] rows for source (j) and target (i).
    func message(xJ: Tensor, xI: Tensor) throws -> Tensor
    /// The new node features from the aggregated messages and the old features.
    func update(aggregated: Tensor, x: Tensor) throws -> Tensor
}

extension MessagePassing {
    /// Default message: the source features.
    public func message(xJ: Tensor, xI: Tensor) throws -> Tensor { xJ }
    /// Default update: the aggregate.
    public func update(aggregated: Tensor, x: Tensor) throws -> Tensor { aggregated }

    /// Gathers, messages, aggregates and updates over all edges of `graph`.
    /// - Throws: ``TensorError`` when `x` does not have one row per node.
    public func propagate(_ x: Tensor, graph: Graph, aggregation: Aggregation = .sum) throws -> Tensor {
        guard x.rank >= 1, x.shape[0] == graph.nodeCount else {
            throw TensorError.shapeMismatch(op: "propagate", lhs: x.shape, rhs: [graph.nodeCount],
                                            expected: "one feature row per node")
        }
        let xJ = try x.indexSelect(graph.sources), xI = try x.indexSelect(graph.targets)
        let m = try message(xJ: xJ, xI: xI)
        let aggregated = aggregation == .sum
            ? try m.scatterAdd(graph.targets, count: graph.nodeCount)
            : try m.scatterMean(graph.targets, count: graph.nodeCount)
        return try update(aggregated: aggregated, x: x)
    }
}
