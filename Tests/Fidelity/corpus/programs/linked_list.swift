// Checks a singly linked list with class nodes: append, prepend, in-place reverse and traversal.
final class Node {
    var value: Int
    var next: Node?
    init(_ value: Int, next: Node? = nil) { (self.value, self.next) = (value, next) }
}

struct LinkedList: CustomStringConvertible {
    var head: Node?

    mutating func prepend(_ v: Int) { head = Node(v, next: head) }

    mutating func append(_ v: Int) {
        guard var node = head else { head = Node(v); return }
        while let n = node.next { node = n }
        node.next = Node(v)
    }

    mutating func reverse() {
        var prev: Node? = nil
        var current = head
        while let c = current { (current, c.next, prev) = (c.next, prev, c) }
        head = prev
    }

    var description: String {
        var parts: [String] = [], node = head
        while let x = node { parts.append(String(x.value)); node = x.next }
        return parts.isEmpty ? "empty" : parts.joined(separator: " -> ")
    }
}

var list = LinkedList()
print(list)
for v in [3, 5, 8] { list.append(v) }
list.prepend(1)
print(list)
list.reverse()
print(list)
