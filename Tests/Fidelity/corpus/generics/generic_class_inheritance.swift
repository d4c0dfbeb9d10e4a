// Checks a generic class with an initializer, a subclass that fixes the type parameter, and overrides.
class Node<T> {
    var value: T
    init(_ value: T) { self.value = value }
    func describe() -> String { "Node(\(value))" }
}

class NamedNode: Node<String> {
    let label: String
    init(label: String, value: String) {
        self.label = label
        super.init(value)
    }
    override func describe() -> String { "\(label)=\(value)" }
}

let n = Node(10)
print(n.describe())
n.value += 5
print(n.value)
let nodes: [Node<String>] = [Node("plain"), NamedNode(label: "key", value: "val")]
for node in nodes {
    print(node.describe())
}
print(type(of: nodes[1]))
print(nodes[1] is NamedNode)
