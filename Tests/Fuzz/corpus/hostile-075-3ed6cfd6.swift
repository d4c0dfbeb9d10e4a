class Node { var next: Node?; init() {} }
var head = Node()
for _ in 0..<100000 { let n = Node(); n.next = head; head = n }
