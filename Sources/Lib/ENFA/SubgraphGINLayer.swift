import Lib

/// A GIN-0 layer (Xu et al. 2019) working on a ``MessageStructure``, with GINE-style edge
/// features (Hu et al. 2020) when the dataset has them:
///
/// h′_i = MLP(h_i + Σ_{j → i} h_j)                  (no edge features)
/// h′_i = MLP(h_i + Σ_{j → i} ReLU(h_j + W e_ji))   (edge features e, W a Linear)
///
/// Shapes: x [rowCount, in] → [targetCount, hidden]; the MLP is Linear → ReLU → Linear.
public final class SubgraphGINLayer: Module {
    /// The update network: Linear [in → hidden], ReLU, Linear [hidden → hidden].
    public let mlp: [Linear]
    /// Maps edge features to the input width (nil without edge features).
    public let edgeEncoder: Linear?
    /// Training mode (no mode-dependent behaviour inside the layer).
    public var isTraining = true

    /// Creates a layer with seeded weights.
    /// - Throws: ``TensorError`` for non-positive sizes.
    public init(inFeatures: Int, hidden: Int, edgeFeatures: Int, seed: Int, dtype: DType = .float32) throws {
        guard inFeatures > 0, hidden > 0 else {
            throw ENFAError.invalidArgument("layer sizes must be positive, got in \(inFeatures), hidden \(hidden)")
        }
        mlp = [Linear(inFeatures, hidden, seed: seed, dtype: dtype), Linear(hidden, hidden, seed: seed &+ 1000, dtype: dtype)]
        edgeEncoder = edgeFeatures > 0 ? Linear(edgeFeatures, inFeatures, seed: seed &+ 7919, dtype: dtype) : nil
    }

    /// The encoded edge features W e for a table of edges [E, D] (nil without an encoder).
    public func encodeEdges(_ edgeAttributes: Tensor?) throws -> Tensor? {
        guard let enc = edgeEncoder, let ea = edgeAttributes, ea.shape[0] > 0 else { return nil }
        return try enc(ea.converted(to: enc.weight.dtype))
    }

    /// Applies the layer: rows `0..<structure.targetCount` of the output.
    /// - Parameter encodedEdges: ``encodeEdges(_:)`` of the edge table that `structure.edgeRows` indexes.
    /// - Throws: ``ENFAError`` when the layer has an edge encoder but no encoded edges are given for a
    ///   structure with edges (or the reverse).
    public func callAsFunction(_ x: Tensor, _ structure: MessageStructure, encodedEdges: Tensor?) throws -> Tensor {
        let s = structure
        let h: Tensor
        if let a = s.adjacencyWithSelf, edgeEncoder == nil {
            h = try a.matmul(x)
        } else {
            let selfRows = s.targetCount == x.shape[0] ? x : try x.slice(axis: 0, 0..<s.targetCount)
            if s.sources.isEmpty {
                h = selfRows
            } else {
                var messages = try x.indexSelect(s.sources)
                if edgeEncoder != nil {
                    guard let enc = encodedEdges else {
                        throw ENFAError.mismatch("the layer has an edge encoder but no edge features were given")
                    }
                    messages = try (messages + (s.edgeRows.map { try enc.indexSelect($0) } ?? enc)).relu()
                }
                h = try selfRows + messages.scatterAdd(s.targets, count: s.targetCount)
            }
        }
        return try mlp[1](mlp[0](h).relu())
    }

    /// The MLP's and edge encoder's parameters.
    public func parameters() -> [Parameter] { mlp.flatMap { $0.parameters() } + (edgeEncoder?.parameters() ?? []) }
}
