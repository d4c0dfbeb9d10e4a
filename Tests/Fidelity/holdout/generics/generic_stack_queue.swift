// Checks generic struct types (Stack and Queue) with extensions and mutating methods.
struct Stack<Element> {
    var items: [Element] = []
    mutating func push(_ item: Element) { items.append(item) }
    mutating func pop() -> Element? { items.popLast() }
    var isEmpty: Bool { items.isEmpty }
}
extension Stack {
    var topItem: Element? { items.last }
}
var stackOfStrings = Stack<String>()
stackOfStrings.push("uno")
stackOfStrings.push("dos")
stackOfStrings.push("tres")
stackOfStrings.push("cuatro")
print(stackOfStrings.pop() ?? "empty")
if let topItem = stackOfStrings.topItem {
    print("The top item on the stack is \(topItem).")
}
print(stackOfStrings.items)
struct Queue<T> {
    private var inbox: [T] = []
    private var outbox: [T] = []
    mutating func enqueue(_ x: T) { inbox.append(x) }
    mutating func dequeue() -> T? {
        if outbox.isEmpty {
            outbox = inbox.reversed()
            inbox.removeAll()
        }
        return outbox.popLast()
    }
    var count: Int { inbox.count + outbox.count }
}
var q = Queue<Int>()
for i in 1...4 { q.enqueue(i * 10) }
print(q.dequeue()!, q.dequeue()!)
q.enqueue(50)
print(q.count)
while let next = q.dequeue() { print("dequeued \(next)") }
var intStack = Stack(items: [1, 2, 3])
intStack.push(4)
var drained: [Int] = []
while !intStack.isEmpty { drained.append(intStack.pop()!) }
print(drained)
print(stackOfStrings)
