// Checks a custom Sequence/IteratorProtocol type used in for-in and with map/filter/reduce.
struct Countdown: Sequence {
    let start: Int
    func makeIterator() -> CountdownIterator {
        return CountdownIterator(current: start)
    }
}
struct CountdownIterator: IteratorProtocol {
    var current: Int
    mutating func next() -> Int? {
        if current < 0 { return nil }
        defer { current -= 1 }
        return current
    }
}
for n in Countdown(start: 3) {
    print(n)
}
let c = Countdown(start: 5)
print(c.map { $0 * 10 })
print(c.filter { $0 % 2 == 0 })
print(c.reduce(0, +))
print(c.contains(4), c.contains(9))
print(Array(c.prefix(2)), c.min()!)
