// Checks extensions on Array and Sequence constrained with where Element: Numeric / BinaryFloatingPoint.
extension Array where Element: Numeric {
    func sum() -> Element {
        reduce(0, +)
    }
    func product() -> Element {
        reduce(1, *)
    }
}

extension Array where Element: BinaryFloatingPoint {
    func mean() -> Element? {
        isEmpty ? nil : sum() / Element(count)
    }
}

extension Sequence where Element: Comparable {
    func isAscending() -> Bool {
        var previous: Element?
        for x in self {
            if let p = previous, p > x { return false }
            previous = x
        }
        return true
    }
}

print([1, 2, 3, 4].sum(), [1, 2, 3, 4].product())
print([1.5, 2.5, 3.0].sum())
print([2.0, 4.0, 9.0].mean()!)
print([Float]().mean() as Any)
print([UInt8(3), 4].product())
print([1, 3, 3, 8].isAscending(), ["b", "a"].isAscending(), "abcz".isAscending())
