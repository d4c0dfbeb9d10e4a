// inout parameters
func swapValues(_ a: inout Int, _ b: inout Int) {
    let t = a
    a = b
    b = t
}
var first = 1, second = 2
swapValues(&first, &second)
print(first, second)
// expect: 2 1
func bump(_ xs: inout [Int], by k: Int = 1) { for i in xs.indices { xs[i] += k } }
var nums = [1, 2]
bump(&nums, by: 10)
print(nums)
// expect: [11, 12]
// ---
// Extensions, static members, failable initialisers, protocols, operators
protocol Describable { func describe() -> String }
struct Money: Describable, Equatable {
    var cents: Int
    static var created = 0
    static func dollars(_ d: Int) -> Money { Money(cents: d * 100) }
    static func + (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents + rhs.cents) }
    init(cents: Int) {
        self.cents = cents
        Money.created += 1
    }
    init?(text: String) {
        guard let v = Int(text) else { return nil }
        self.init(cents: v)
    }
    func describe() -> String { "$\(cents / 100).\(cents % 100)" }
}
extension Money {
    var isZero: Bool { cents == 0 }
    func doubled() -> Money { self + self }
}
let m = Money.dollars(2) + Money(cents: 50)
print(m.describe(), m.doubled().cents, m.isZero, Money.created)
// expect: $2.50 500 false 4
print(Money(text: "12")?.cents ?? -1, Money(text: "x") == nil)
// expect: 12 true
print(m == Money(cents: 250), m is Describable)
// expect: true true
let items: [Describable] = [m, Money(cents: 5)]
print(items.map { $0.describe() })
// expect: ["$2.50", "$0.5"]
// ---
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
// expect: 6 3 true
list.next?.value = 20
print(list.next!.value)
// expect: 20
// ---
// Type annotations and conversions
let d: Double = 1
let f: Float = 2.5
let arr: [Double] = [1, 2, 3]
print(d, f, arr, Int(3.9), Double(7) / 2, Int("12") ?? 0)
// expect: 1.0 2.5 [1.0, 2.0, 3.0] 3 3.5 12
let mixed = [1, 2.5]
print(mixed, type(of: 3), 5 as Double)
// expect: [1.0, 2.5] Int 5.0
var optionalName: String? = "A"
optionalName = nil
print(optionalName ?? "none", optionalName == nil)
// expect: none true
