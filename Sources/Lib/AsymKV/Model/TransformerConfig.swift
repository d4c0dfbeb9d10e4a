/// The shape of a ``TransformerLM``: a decoder-only, pre-norm transformer with learned positions.
public struct TransformerConfig: Sendable, Equatable, Codable {
    /// Vocabulary size.
    public var vocabularySize: Int
    /// Number of decoder layers.
    public var layers: Int
    /// Model width d.
    public var dimension: Int
    /// Attention heads (dimension must be a multiple).
    public var heads: Int
    /// Longest sequence (number of learned positions).
    public var context: Int
    /// MLP hidden width as a multiple of d.
    public var mlpRatio: Int

    /// A configuration; call ``validate()`` before use.
    public init(vocabularySize: Int, layers: Int = 4, dimension: Int = 128, heads: Int = 4, context: Int = 128, mlpRatio: Int = 4) {
        self.vocabularySize = vocabularySize
        self.layers = layers
        self.dimension = dimension
        self.heads = heads
        self.context = context
        self.mlpRatio = mlpRatio
    }

    /// Channels per head, d / heads.
    public var headDimension: Int { dimension / max(heads, 1) }

    /// Throws unless every size is positive and d is a multiple of heads.
    public func validate() throws {
        for (name, v) in [("vocabularySize", vocabularySize), ("layers", layers), ("dimension", dimension),
                          ("heads", heads), ("context", context), ("mlpRatio", mlpRatio)] where v < 1 {
            throw AsymKVError.invalidArgument("TransformerConfig.\(name) is \(v); it must be at least 1")
        }
        guard dimension % heads == 0 else {
            throw AsymKVError.invalidArgument("TransformerConfig.dimension \(dimension) is not a multiple of heads \(heads)")
        }
    }
}
