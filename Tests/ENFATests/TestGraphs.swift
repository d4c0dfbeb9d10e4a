import Lib
@testable import ENFA

/// Small graphs of varied shape for property tests.
enum TestGraphs {
    /// An undirected graph sample from pairs, with seeded features of width `features`.
    static func sample(_ n: Int, _ pairs: [(Int, Int)], features: Int = 3, edgeFeatures: Int = 0, seed: Int = 0) throws -> GraphSample {
        var s: [Int] = [], t: [Int] = []
        for (a, b) in pairs { s += [a, b]; t += [b, a] }
        let g = try Graph(sources: s, targets: t, nodeCount: n)
        let x = Tensor.randn([n, features], seed: seed)
        let ea = edgeFeatures > 0 ? Tensor.randn([s.count, edgeFeatures], seed: seed + 1) : nil
        return GraphSample(graph: g, features: x, label: seed % 2, target: Double(seed % 5) - 2, edgeAttributes: ea)
    }

    static func path(_ n: Int) -> [(Int, Int)] { (0..<(n - 1)).map { ($0, $0 + 1) } }
    static func star(_ n: Int) -> [(Int, Int)] { (1..<n).map { (0, $0) } }
    static func clique(_ n: Int) -> [(Int, Int)] { (0..<n).flatMap { a in ((a + 1)..<n).map { (a, $0) } } }

    /// Random graph G(n, p) from a seed.
    static func random(_ n: Int, p: Double, seed: Int) -> [(Int, Int)] {
        let rng = RNG(seed: seed)
        return (0..<n).flatMap { a in ((a + 1)..<n).compactMap { b in rng.uniform() < p ? (a, b) : nil } }
    }

    /// Path, star, clique, a disconnected graph (path + triangle + isolated node), a random graph,
    /// a single node and an edgeless pair.
    static func varied(features: Int = 3, edgeFeatures: Int = 0) throws -> [GraphSample] {
        [
            try sample(7, path(7), features: features, edgeFeatures: edgeFeatures, seed: 1),
            try sample(6, star(6), features: features, edgeFeatures: edgeFeatures, seed: 2),
            try sample(5, clique(5), features: features, edgeFeatures: edgeFeatures, seed: 3),
            try sample(8, path(4) + [(4, 5), (5, 6), (6, 4)], features: features, edgeFeatures: edgeFeatures, seed: 4),
            try sample(9, random(9, p: 0.3, seed: 5), features: features, edgeFeatures: edgeFeatures, seed: 5),
            try sample(1, [], features: features, edgeFeatures: edgeFeatures, seed: 6),
            try sample(2, [], features: features, edgeFeatures: edgeFeatures, seed: 7),
        ]
    }
}
