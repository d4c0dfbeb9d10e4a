// Checks generic functions with type parameters and constraints.
func swapTwoValues<T>(_ a: inout T, _ b: inout T) {
    let temporaryA = a
    a = b
    b = temporaryA
}
var someString = "hello"
var anotherString = "world"
swapTwoValues(&someString, &anotherString)
print(someString, anotherString)
var d1 = 3.5, d2 = -1.0
swapTwoValues(&d1, &d2)
print(d1, d2)
func findIndex<T: Equatable>(of valueToFind: T, in array: [T]) -> Int? {
    for (index, value) in array.enumerated() {
        if value == valueToFind { return index }
    }
    return nil
}
print(findIndex(of: 9.3, in: [3.14159, 0.1, 0.25]) as Any)
print(findIndex(of: "Andrea", in: ["Mike", "Malcolm", "Andrea"]) as Any)
func largest<T: Comparable>(_ items: [T]) -> T? {
    guard var best = items.first else { return nil }
    for item in items where item > best { best = item }
    return best
}
print(largest([3, 17, 4]) as Any, largest(["pear", "apple"]) as Any, largest([Int]()) as Any)
func pairUp<A, B>(_ a: [A], _ b: [B]) -> [(A, B)] {
    var result: [(A, B)] = []
    for i in 0..<min(a.count, b.count) { result.append((a[i], b[i])) }
    return result
}
print(pairUp([1, 2, 3], ["x", "y"]))
func countMatching<S: Sequence>(_ s: S, where predicate: (S.Element) -> Bool) -> Int {
    var n = 0
    for e in s where predicate(e) { n += 1 }
    return n
}
print(countMatching(1...100) { $0 % 7 == 0 }, countMatching("mississippi") { $0 == "s" })
