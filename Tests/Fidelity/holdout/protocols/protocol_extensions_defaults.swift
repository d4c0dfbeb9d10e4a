// Checks protocol extensions providing default implementations and constrained extensions.
protocol Describable {
    var name: String { get }
    func describe() -> String
}
extension Describable {
    func describe() -> String { "This is \(name)" }
    func shout() -> String { describe().uppercased() + "!" }
}
struct Dog: Describable {
    let name: String
}
struct Robot: Describable {
    let name: String
    func describe() -> String { "Unit \(name) online" }
}
print(Dog(name: "Rex").describe())
print(Robot(name: "R2").describe())
print(Dog(name: "Rex").shout(), Robot(name: "R2").shout())
extension Collection where Element: Numeric {
    func total() -> Element { reduce(0, +) }
}
print([1, 2, 3, 4].total(), [1.5, 2.25].total())
extension Sequence where Element == String {
    func longest() -> String? { self.max { $0.count < $1.count } }
}
print(["a", "abc", "ab"].longest() ?? "-")
extension Int {
    var squared: Int { self * self }
    func repetitions(task: () -> Void) {
        for _ in 0..<self { task() }
    }
    mutating func square() { self = self * self }
}
print(7.squared)
3.repetitions { print("Hello!") }
var someInt = 3
someInt.square()
print(someInt)
