// Checks a generic Stack<Element> struct with mutating push/pop and an optional top.
struct Stack<Element> {
    private var items: [Element] = []

    mutating func push(_ item: Element) {
        items.append(item)
    }

    mutating func pop() -> Element? {
        items.popLast()
    }

    var top: Element? { items.last }
    var isEmpty: Bool { items.isEmpty }
    var count: Int { items.count }
}

var stackOfStrings = Stack<String>()
stackOfStrings.push("uno")
stackOfStrings.push("dos")
stackOfStrings.push("tres")
stackOfStrings.push("cuatro")
print(stackOfStrings.count)
print(stackOfStrings.pop()!)
print(stackOfStrings.top ?? "empty")

var numbers = Stack<Int>()
for i in 1...5 { numbers.push(i * i) }
while let n = numbers.pop() {
    print(n, terminator: " ")
}
print()
print(numbers.isEmpty, numbers.top as Any)
print(type(of: numbers))
