// Checks mutating methods that change properties and that assign a new value to self.
struct Point {
    var x = 0.0, y = 0.0
    mutating func moveBy(x deltaX: Double, y deltaY: Double) {
        x += deltaX
        y += deltaY
    }
    mutating func reset() {
        self = Point()
    }
}
var somePoint = Point(x: 1.0, y: 1.0)
somePoint.moveBy(x: 2.0, y: 3.0)
print("The point is now at (\(somePoint.x), \(somePoint.y))")
somePoint.reset()
print(somePoint)

struct Counter {
    private(set) var count = 0
    mutating func increment() { count += 1 }
    mutating func increment(by amount: Int) { count += amount }
}
var counter = Counter()
counter.increment()
counter.increment(by: 5)
counter.increment()
print("count = \(counter.count)")

struct Stack {
    var items: [Int] = []
    mutating func push(_ item: Int) { items.append(item) }
    mutating func pop() -> Int? { items.popLast() }
}
var stack = Stack()
for i in 1...4 { stack.push(i * 10) }
print(stack.pop()!, stack.pop()!, stack.items)
