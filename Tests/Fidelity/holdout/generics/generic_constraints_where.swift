// Checks generic types with constraints, conditional conformance and extension methods.
struct Pair<T> {
    let first: T
    let second: T
    func swapped() -> Pair<T> { Pair(first: second, second: first) }
}
extension Pair where T: Comparable {
    var larger: T { max(first, second) }
}
extension Pair: Equatable where T: Equatable {}
extension Pair: CustomStringConvertible {
    var description: String { "<\(first), \(second)>" }
}
let p = Pair(first: 3, second: 8)
print(p, p.swapped(), p.larger)
print(p == Pair(first: 3, second: 8), p == p.swapped())
let words = Pair(first: "kiwi", second: "apple")
print(words.larger)
func uniqueElements<T: Hashable>(_ items: [T]) -> [T] {
    var seen = Set<T>()
    return items.filter { seen.insert($0).inserted }
}
print(uniqueElements([3, 1, 3, 2, 1, 4]))
print(uniqueElements(Array("abracadabra")).map(String.init).joined())
func clamp<T: Comparable>(_ value: T, to range: ClosedRange<T>) -> T {
    min(max(value, range.lowerBound), range.upperBound)
}
print(clamp(15, to: 0...10), clamp(-2.5, to: -1.0...1.0), clamp("m", to: "a"..."f"))
extension Array where Element: Comparable {
    func isSorted() -> Bool { zip(self, dropFirst()).allSatisfy { $0 <= $1 } }
}
print([1, 2, 2, 5].isSorted(), [3, 1].isSorted(), [String]().isSorted())
