// MARK: - Traversal and subgraphs

/// A subgraph with the maps back to the graph it came from.
public struct Subgraph {
    /// The subgraph, with nodes renumbered 0..<nodeIds.count.
    public let graph: Graph
    /// Original id of each subgraph node (new → old).
    public let nodeIds: [Int]
    /// Original id of each subgraph edge (new → old).
    public let edgeIds: [Int]

    /// The subgraph id of an original node, if it is in the subgraph.
    public func localIndex(of node: Int) -> Int? { nodeIds.firstIndex(of: node) }
}

extension Graph {
    /// Hop distances along edges from the nearest of `starts` (BFS); −1 for unreachable nodes.
    /// - Throws: ``TensorError`` for a start outside the graph.
    public func distances(from starts: [Int]) throws -> [Int] {
        var dist = [Int](repeating: -1, count: nodeCount)
        var frontier: [Int] = []
        for s in starts {
            guard s >= 0, s < nodeCount else {
                throw TensorError.indexOutOfRange(op: "distances(from:)", index: s, validRange: "nodes 0..<\(nodeCount)")
            }
            if dist[s] < 0 { dist[s] = 0; frontier.append(s) }
        }
        var d = 0
        while !frontier.isEmpty {
            d += 1
            var next: [Int] = []
            for u in frontier {
                for e in outEdges[outPointers[u]..<outPointers[u + 1]] {
                    let v = targets[e]
                    if dist[v] < 0 { dist[v] = d; next.append(v) }
                }
            }
            frontier = next
        }
        return dist
    }

    /// The nodes within `hops` edges of `center` and the edges among them
    /// (the k-hop ego network), nodes in increasing original id.
    public func egoNet(center: Int, hops: Int) throws -> Subgraph {
        let dist = try distances(from: [center])
        return try subgraph(nodes: (0..<nodeCount).filter { dist[$0] >= 0 && dist[$0] <= hops })
    }

    /// The subgraph induced by `nodes` (kept in the given order; duplicates rejected).
    /// - Throws: ``TensorError`` for ids outside the graph or repeated ids.
    public func subgraph(nodes: [Int]) throws -> Subgraph {
        var local = [Int](repeating: -1, count: nodeCount)
        for (i, v) in nodes.enumerated() {
            guard v >= 0, v < nodeCount else {
                throw TensorError.indexOutOfRange(op: "subgraph(nodes:)", index: v, validRange: "nodes 0..<\(nodeCount)")
            }
            guard local[v] < 0 else {
                throw TensorError.invalidArgument(op: "subgraph(nodes:)", message: "node \(v) is listed twice")
            }
            local[v] = i
        }
        var s: [Int] = [], t: [Int] = [], ids: [Int] = []
        for v in nodes {
            for e in outEdges[outPointers[v]..<outPointers[v + 1]] where local[targets[e]] >= 0 {
                s.append(local[v]); t.append(local[targets[e]]); ids.append(e)
            }
        }
        return Subgraph(graph: Graph(unchecked: s, t, nodes.count), nodeIds: nodes, edgeIds: ids)
    }

    /// The 4-neighbour grid of `rows` × `columns` nodes, numbered `r * columns + c`,
    /// with both directions of every edge.
    public static func grid(rows: Int, columns: Int) -> Graph {
        var s: [Int] = [], t: [Int] = []
        for r in 0..<max(rows, 0) {
            for c in 0..<max(columns, 0) {
                let v = r * columns + c
                for (dr, dc) in [(-1, 0), (0, -1), (0, 1), (1, 0)] {
                    let rr = r + dr, cc = c + dc
                    if rr >= 0, rr < rows, cc >= 0, cc < columns { s.append(v); t.append(rr * columns + cc) }
                }
            }
        }
        return Graph(unchecked: s, t, max(rows, 0) * max(columns, 0))
    }
}
