// Checks protocol-typed values compared via a generic helper and conditional conformance.
struct Pair<T> {
    let first: T
    let second: T
}

extension Pair: Equatable where T: Equatable {}
extension Pair: CustomStringConvertible where T: CustomStringConvertible {
    var description: String { "<\(first), \(second)>" }
}

func allEqual<T: Equatable>(_ items: [T]) -> Bool {
    guard let f = items.first else { return true }
    return items.allSatisfy { $0 == f }
}

let p1 = Pair(first: 1, second: 2)
let p2 = Pair(first: 1, second: 2)
let p3 = Pair(first: 2, second: 1)
print(p1 == p2, p1 == p3)
print(p1)
print([Pair(first: "a", second: "b")])
print(allEqual([p1, p2]))
print(allEqual([p1, p2, p3]))
print(allEqual([Int]()))
print(allEqual(["x", "x", "x"]))
