import Lib

/// How a graph is turned into a bag of subgraphs (ESAN's selection policies).
///
/// Every subgraph keeps all n nodes of the graph in the conventional form; the
/// policies differ in which edges survive and whether a centre node is marked.
///
/// ```swift
/// let bag = try SubgraphPolicy.nodeMarked.subgraphs(of: graph)   // n subgraphs
/// ```
public enum SubgraphPolicy: Sendable, Equatable, CustomStringConvertible {
    /// One subgraph per node c: the whole graph with c marked ([1,0] on c, [0,1] elsewhere).
    case nodeMarked
    /// One subgraph per node c: every edge incident to c removed (c stays, isolated).
    case nodeDeleted
    /// One subgraph per undirected edge: that edge removed (a graph without edges gives one unchanged copy).
    case edgeDeleted
    /// One subgraph per node c: only the edges inside the k-hop ball around c are kept.
    case egoNets(Int)
    /// ``egoNets(_:)`` with the centre marked as in ``nodeMarked``.
    case egoNetsPlus(Int)

    /// Every policy with ego radius `k`, in a fixed order (for tests and tables).
    public static func all(egoRadius k: Int = 2) -> [SubgraphPolicy] {
        [.nodeMarked, .nodeDeleted, .edgeDeleted, .egoNets(k), .egoNetsPlus(k)]
    }

    /// Whether the centre node gets a mark feature.
    public var marksCentre: Bool {
        switch self {
        case .nodeMarked, .egoNetsPlus: return true
        default: return false
        }
    }

    /// Extra input channels the policy appends to the node features (2 for marking policies, else 0).
    public var markChannels: Int { marksCentre ? 2 : 0 }

    /// Short name: "node-marked", "ego-nets+(2)", ….
    public var description: String {
        switch self {
        case .nodeMarked: return "node-marked"
        case .nodeDeleted: return "node-deleted"
        case .edgeDeleted: return "edge-deleted"
        case .egoNets(let k): return "ego-nets(\(k))"
        case .egoNetsPlus(let k): return "ego-nets+(\(k))"
        }
    }

    /// Parses a policy name: "node-marked", "node-deleted", "edge-deleted", "ego-nets(k)", "ego-nets+(k)".
    /// - Throws: ``ENFAError/invalidArgument(_:)`` listing the accepted names.
    public static func named(_ name: String) throws -> SubgraphPolicy {
        let s = name.lowercased().replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: " ", with: "")
        switch s {
        case "node-marked", "nodemarked": return .nodeMarked
        case "node-deleted", "nodedeleted": return .nodeDeleted
        case "edge-deleted", "edgedeleted": return .edgeDeleted
        default: break
        }
        let digits = s.filter(\.isNumber)
        if s.hasPrefix("ego"), let k = Int(digits) {
            return s.contains("+") || s.contains("plus") ? .egoNetsPlus(k) : .egoNets(k)
        }
        throw ENFAError.invalidArgument("unknown policy '\(name)'; use node-marked, node-deleted, edge-deleted, ego-nets(k) or ego-nets+(k)")
    }

    // MARK: - Subgraphs

    /// The subgraphs of `graph`, in a fixed order (centres 0..<n; edges by first appearance).
    /// - Throws: ``ENFAError`` for a negative ego radius.
    public func subgraphs(of graph: Graph) throws -> [PolicySubgraph] {
        let n = graph.nodeCount, e = graph.edgeCount
        let allEdges = Array(0..<e)
        switch self {
        case .nodeMarked:
            return (0..<n).map { PolicySubgraph(keptEdges: allEdges, markedNode: $0, inputPivots: [$0], edgePivots: []) }
        case .nodeDeleted:
            return (0..<n).map { c in
                let kept = allEdges.filter { graph.sources[$0] != c && graph.targets[$0] != c }
                return PolicySubgraph(keptEdges: kept, markedNode: nil, inputPivots: [],
                                      edgePivots: Self.endpoints(graph, removedFrom: kept))
            }
        case .edgeDeleted:
            var pairs: [(Int, Int)] = [], seen = Set<Int64>()
            for k in 0..<e {
                let a = min(graph.sources[k], graph.targets[k]), b = max(graph.sources[k], graph.targets[k])
                if seen.insert(Int64(a) << 32 | Int64(b)).inserted { pairs.append((a, b)) }
            }
            if pairs.isEmpty { return [PolicySubgraph(keptEdges: allEdges, markedNode: nil, inputPivots: [], edgePivots: [])] }
            return pairs.map { a, b in
                let kept = allEdges.filter {
                    let s = graph.sources[$0], t = graph.targets[$0]
                    return !((s == a && t == b) || (s == b && t == a))
                }
                return PolicySubgraph(keptEdges: kept, markedNode: nil, inputPivots: [], edgePivots: a == b ? [a] : [a, b])
            }
        case .egoNets(let k), .egoNetsPlus(let k):
            guard k >= 0 else { throw ENFAError.invalidArgument("ego-net radius must be >= 0, got \(k)") }
            let marked = marksCentre
            return (0..<n).map { c in
                let d = Self.undirectedDistances(graph, from: [c])
                let kept = allEdges.filter {
                    let ds = d[graph.sources[$0]], dt = d[graph.targets[$0]]
                    return ds >= 0 && ds <= k && dt >= 0 && dt <= k
                }
                return PolicySubgraph(keptEdges: kept, markedNode: marked ? c : nil, inputPivots: marked ? [c] : [],
                                      edgePivots: Self.endpoints(graph, removedFrom: kept))
            }
        }
    }

    /// Endpoints of the edges of `graph` missing from `kept` (sorted, unique).
    static func endpoints(_ graph: Graph, removedFrom kept: [Int]) -> [Int] {
        var isKept = [Bool](repeating: false, count: graph.edgeCount)
        for k in kept { isKept[k] = true }
        var mark = [Bool](repeating: false, count: graph.nodeCount)
        for k in 0..<graph.edgeCount where !isKept[k] { mark[graph.sources[k]] = true; mark[graph.targets[k]] = true }
        return (0..<graph.nodeCount).filter { mark[$0] }
    }

    /// BFS hop distances ignoring edge direction; −1 for unreachable nodes.
    static func undirectedDistances(_ graph: Graph, from starts: [Int]) -> [Int] {
        var dist = [Int](repeating: -1, count: graph.nodeCount)
        var frontier: [Int] = []
        for s in starts where dist[s] < 0 { dist[s] = 0; frontier.append(s) }
        var d = 0
        while !frontier.isEmpty {
            d += 1
            var next: [Int] = []
            for u in frontier {
                for e in graph.outEdges[graph.outPointers[u]..<graph.outPointers[u + 1]] {
                    let v = graph.targets[e]
                    if dist[v] < 0 { dist[v] = d; next.append(v) }
                }
                for e in graph.inEdges[graph.inPointers[u]..<graph.inPointers[u + 1]] {
                    let v = graph.sources[e]
                    if dist[v] < 0 { dist[v] = d; next.append(v) }
                }
            }
            frontier = next
        }
        return dist
    }
}
