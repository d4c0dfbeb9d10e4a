// Checks a singly linked list built from class nodes, traversal and in-place reversal.
class Node {
    var value: Int
    var next: Node?
    init(_ value: Int, next: Node? = nil) {
        self.value = value
        self.next = next
    }
}
func build(_ values: [Int]) -> Node? {
    var head: Node? = nil
    for v in values.reversed() {
        head = Node(v, next: head)
    }
    return head
}
func toArray(_ head: Node?) -> [Int] {
    var result: [Int] = []
    var cur = head
    while let node = cur {
        result.append(node.value)
        cur = node.next
    }
    return result
}
func reverse(_ head: Node?) -> Node? {
    var prev: Node? = nil
    var cur = head
    while let node = cur {
        cur = node.next
        node.next = prev
        prev = node
    }
    return prev
}
let list = build([1, 2, 3, 4, 5])
print(toArray(list))
let rev = reverse(list)
print(toArray(rev))
print(toArray(list))
