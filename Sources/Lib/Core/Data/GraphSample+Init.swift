// MARK: - Building samples by hand

extension GraphSample {
    /// Creates a sample from its parts (for graphs built in code rather than loaded).
    ///
    /// ```swift
    /// let s = GraphSample(graph: g, features: Tensor.randn([g.nodeCount, 3], seed: 0))
    /// ```
    public init(graph: Graph, features x: Tensor, label: Int = 0, target: Double = 0, edgeAttributes: Tensor? = nil,
                nodeLabels: [Int]? = nil) {
        self.graph = graph
        self.x = x
        self.label = label
        self.target = target
        self.nodeLabels = nodeLabels
        self.edgeAttributes = edgeAttributes
    }
}
