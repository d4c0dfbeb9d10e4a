// Checks generic functions constrained to Comparable: maximum, clamp and isSorted.
func maximum<T: Comparable>(_ values: [T]) -> T? {
    guard var best = values.first else { return nil }
    for v in values.dropFirst() where v > best {
        best = v
    }
    return best
}

func clamp<T: Comparable>(_ x: T, _ low: T, _ high: T) -> T {
    min(max(x, low), high)
}

func isSorted<T: Comparable>(_ a: [T]) -> Bool {
    for i in a.indices.dropLast() where a[i] > a[i + 1] {
        return false
    }
    return true
}

print(maximum([3, 9, 2, 7]) ?? 0)
print(maximum(["kiwi", "apple", "zucchini", "melon"]) ?? "")
print(maximum([Double]()) as Any)
print(clamp(15, 0, 10), clamp(-3, 0, 10), clamp(2.5, 1.0, 3.0))
print(clamp("m", "a", "k"))
print(isSorted([1, 2, 2, 5]), isSorted([3, 1]), isSorted([String]()))
