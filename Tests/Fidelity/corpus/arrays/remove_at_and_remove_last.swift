// Checks remove(at:), removeFirst, removeLast, popLast and their return values.
var items = ["a", "b", "c", "d", "e", "f"]
let removed = items.remove(at: 2)
print("removed \(removed), left \(items)")
let first = items.removeFirst()
print("removeFirst -> \(first), left \(items)")
let last = items.removeLast()
print("removeLast -> \(last), left \(items)")
items.removeFirst(1)
print(items)
items.removeLast(1)
print(items)

var stack = [1, 2, 3]
while let top = stack.popLast() {
    print("popped \(top)")
}
print(stack.popLast() as Any)
print(stack.isEmpty)
