// Checks extending a generic type, with and without extra constraints.
struct Box<Value> {
    var value: Value
}

extension Box {
    func map<U>(_ f: (Value) -> U) -> Box<U> {
        Box<U>(value: f(value))
    }
}

extension Box where Value: Numeric {
    func doubled() -> Box { Box(value: value * 2) }
}

extension Box where Value == String {
    var shouted: String { value.uppercased() + "!" }
}

extension Array {
    func second() -> Element? {
        count > 1 ? self[1] : nil
    }
}

let b = Box(value: 21)
print(b.doubled().value)
print(b.map { "#\($0)" }.value)
print(b.map { Double($0) / 4 }.doubled().value)
print(Box(value: "hey").shouted)
print([10, 20, 30].second() ?? -1)
print(["only"].second() ?? "none")
print(type(of: b.map { $0 > 3 }))
