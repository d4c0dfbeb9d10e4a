// Closures
let add = { (a: Int, b: Int) -> Int in a + b }
print(add(2, 3))
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
func apply(_ f: (Int) -> Int, to x: Int) -> Int { f(x) }
print(apply({ $0 * 10 }, to: 4))
let sorted = ["pear", "fig", "apple"].sorted { $0.count < $1.count }
print(sorted)
let squares = (1...4).map { x in x * x }
print(squares, [1, 2, 3].map(String.init))
print([4, 9].map(sqrt), [1, 5, 2].sorted(by: >))
var log: [String] = []
[1, 2].forEach { log.append("item \($0)") }
print(log)
