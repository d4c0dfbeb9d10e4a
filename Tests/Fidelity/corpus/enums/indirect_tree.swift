// Checks an indirect enum binary tree with insertion, traversal and depth computed recursively.
enum Tree {
    case empty
    indirect case node(Tree, Int, Tree)

    func inserting(_ v: Int) -> Tree {
        switch self {
        case .empty:
            return .node(.empty, v, .empty)
        case let .node(l, x, r):
            if v < x { return .node(l.inserting(v), x, r) }
            return .node(l, x, r.inserting(v))
        }
    }
    var inOrder: [Int] {
        switch self {
        case .empty: return []
        case let .node(l, x, r): return l.inOrder + [x] + r.inOrder
        }
    }
    var depth: Int {
        switch self {
        case .empty: return 0
        case let .node(l, _, r): return 1 + max(l.depth, r.depth)
        }
    }
}
var tree = Tree.empty
for v in [50, 30, 70, 20, 40, 60, 80, 35] {
    tree = tree.inserting(v)
}
print(tree.inOrder)
print("depth \(tree.depth)")
print(Tree.empty.depth)
