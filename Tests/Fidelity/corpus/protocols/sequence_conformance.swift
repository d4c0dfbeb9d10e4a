// Checks conforming a custom type to Sequence and IteratorProtocol, then using for-in and map.
struct Countdown: Sequence {
    let start: Int
    func makeIterator() -> CountdownIterator {
        CountdownIterator(current: start)
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
    print(n, terminator: " ")
}
print("liftoff!")
print(Countdown(start: 5).map { $0 * $0 })
print(Countdown(start: 4).filter { $0 % 2 == 0 })
print(Countdown(start: 10).reduce(0, +))
print(Array(Countdown(start: 2)))
print(Countdown(start: 6).contains(7), Countdown(start: 6).contains(6))
