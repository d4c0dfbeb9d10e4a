import Lib

/// Which prepared form a model trains on.
public enum BagForm: String, Sendable, CaseIterable {
    /// Every subgraph with all n rows (``SubgraphBag``), run by ``SubgraphGNN``.
    case conventional
    /// Ego nets plus the shared original graph (``EgoNetBag``), run by ``ENFA``.
    case enfa
}

/// The bags of a list of graphs in one or both forms, with their storage.
///
/// ```swift
/// let bags = try PreparedBags(zinc.prefix(1000), policy: .nodeMarked, layers: 4)
/// bags.conventionalBytes, bags.compactBytes, bags.reduction   // bytes, bytes, 0.57…
/// ```
public struct PreparedBags {
    /// The policy.
    public let policy: SubgraphPolicy
    /// Layers the compact form is cut for.
    public let layers: Int
    /// Conventional bags (empty when not prepared).
    public let conventional: [SubgraphBag]
    /// Compact bags (empty when not prepared).
    public let compact: [EgoNetBag]

    /// Prepares `samples` in the given forms (both by default), polling for interrupts.
    /// - Throws: ``ENFAError`` for invalid parameters, or ``InterruptedError``.
    public init(_ samples: [GraphSample], policy: SubgraphPolicy, layers: Int,
                forms: [BagForm] = BagForm.allCases) throws {
        self.policy = policy
        self.layers = layers
        var c: [SubgraphBag] = [], e: [EgoNetBag] = []
        for (i, s) in samples.enumerated() {
            if i % 64 == 0 { try Interruption.check() }
            if forms.contains(.conventional) { c.append(try SubgraphBag(s, policy: policy)) }
            if forms.contains(.enfa) { e.append(try EgoNetBag(s, policy: policy, layers: layers)) }
        }
        conventional = c
        compact = e
    }

    /// Number of graphs.
    public var count: Int { max(conventional.count, compact.count) }
    /// Bytes of all conventional bags.
    public var conventionalBytes: Int { conventional.reduce(0) { $0 + $1.storageBytes } }
    /// Bytes of all compact bags.
    public var compactBytes: Int { compact.reduce(0) { $0 + $1.storageBytes } }
    /// 1 − compact / conventional (needs both forms).
    public var reduction: Double { conventionalBytes == 0 ? 0 : 1 - Double(compactBytes) / Double(conventionalBytes) }
    /// Total subgraphs.
    public var subgraphCount: Int { compact.isEmpty ? conventional.reduce(0) { $0 + $1.subgraphCount } : compact.reduce(0) { $0 + $1.subgraphCount } }
}
