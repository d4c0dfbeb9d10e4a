// Checks a generic struct with two type parameters and a swapped() method.
struct Pair<A, B> {
    var first: A
    var second: B

    func swapped() -> Pair<B, A> {
        Pair<B, A>(first: second, second: first)
    }
}

extension Pair: CustomStringConvertible {
    var description: String { "(\(first), \(second))" }
}

func zipToPairs<A, B>(_ a: [A], _ b: [B]) -> [Pair<A, B>] {
    zip(a, b).map { Pair(first: $0, second: $1) }
}

let p = Pair(first: "pi", second: 3.14159)
print(p)
print(p.swapped())
print(type(of: p.swapped()))
let pairs = zipToPairs([1, 2, 3], ["one", "two", "three", "four"])
print(pairs)
print(pairs.map { $0.second.count })
print(pairs.map(\.first).reduce(0, +))
