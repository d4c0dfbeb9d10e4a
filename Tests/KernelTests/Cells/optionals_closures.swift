// Optionals
var maybe: Int? = nil
print(maybe == nil, maybe ?? 7)
// expect: true 7
maybe = 3
print(maybe!)
// expect: 3
print(maybe as Any)
// expect: Optional(3)
if let m = maybe { print("got", m) }
// expect: got 3
if let maybe { print("shorthand", maybe) }
// expect: shorthand 3
func half(_ n: Int) -> Int? { n % 2 == 0 ? n / 2 : nil }
func check(_ n: Int) -> String {
    guard let h = half(n) else { return "odd" }
    return "half is \(h)"
}
print(check(10), check(3))
// expect: half is 5 odd
struct Box { var inner: [Int]? }
let b: Box? = Box(inner: [1, 2])
print(b?.inner?.count ?? 0, b?.inner?.first ?? -1)
// expect: 2 1
let none: Box? = nil
print(none?.inner?.count == nil)
// expect: true
// ---
// Closures
let add = { (a: Int, b: Int) -> Int in a + b }
print(add(2, 3))
// expect: 5
func makeCounter() -> () -> Int {
    var count = 0
    return {
        count += 1
        return count
    }
}
let c1 = makeCounter()
_ = c1()
_ = c1()
print(c1())
// expect: 3
func apply(_ f: (Int) -> Int, to x: Int) -> Int { f(x) }
print(apply({ $0 * 10 }, to: 4))
// expect: 40
let sorted = ["pear", "fig", "apple"].sorted { $0.count < $1.count }
print(sorted)
// expect: ["fig", "pear", "apple"]
let squares = (1...4).map { x in x * x }
print(squares, [1, 2, 3].map(String.init))
// expect: [1, 4, 9, 16] ["1", "2", "3"]
print([4, 9].map(sqrt), [1, 5, 2].sorted(by: >))
// expect: [2.0, 3.0] [5, 2, 1]
var log: [String] = []
[1, 2].forEach { log.append("item \($0)") }
print(log)
// expect: ["item 1", "item 2"]
