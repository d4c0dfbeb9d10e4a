// Nested functions capture, closures over struct copies, class identity
class Node {
    var value: Int
    var next: Node?
    init(_ value: Int, next: Node? = nil) { self.value = value; self.next = next }
}
let list = Node(1, next: Node(2, next: Node(3)))
var sum = 0
var cur: Node? = list
while let n = cur {
    sum += n.value
    cur = n.next
}
print(sum, list.next?.next?.value ?? 0, list.next?.next?.next?.value == nil)
list.next?.value = 20
print(list.next!.value)
