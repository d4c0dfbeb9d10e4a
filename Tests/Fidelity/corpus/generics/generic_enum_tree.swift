// Checks a generic indirect enum (binary tree) with recursive generic functions.
indirect enum Tree<T: Comparable> {
    case leaf
    case node(Tree<T>, T, Tree<T>)

    func inserting(_ x: T) -> Tree<T> {
        switch self {
        case .leaf:
            return .node(.leaf, x, .leaf)
        case let .node(l, v, r):
            if x < v { return .node(l.inserting(x), v, r) }
            if x > v { return .node(l, v, r.inserting(x)) }
            return self
        }
    }

    var inOrder: [T] {
        switch self {
        case .leaf: return []
        case let .node(l, v, r): return l.inOrder + [v] + r.inOrder
        }
    }

    var height: Int {
        if case let .node(l, _, r) = self { return 1 + max(l.height, r.height) }
        return 0
    }
}

var t = Tree<Int>.leaf
for x in [50, 30, 70, 20, 40, 60, 80, 30] {
    t = t.inserting(x)
}
print(t.inOrder)
print(t.height)
let words = ["m", "c", "x", "a"].reduce(Tree<String>.leaf) { $0.inserting($1) }
print(words.inOrder, words.height)
