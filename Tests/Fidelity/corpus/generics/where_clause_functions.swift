// Checks generic where clauses relating two sequences' element types.
func allItemsMatch<C1: Collection, C2: Collection>(_ a: C1, _ b: C2) -> Bool
    where C1.Element == C2.Element, C1.Element: Equatable {
    if a.count != b.count { return false }
    for (x, y) in zip(a, b) where x != y {
        return false
    }
    return true
}

func commonElements<S: Sequence, T: Sequence>(_ s: S, _ t: T) -> [S.Element]
    where S.Element: Hashable, S.Element == T.Element {
    let other = Set(t)
    var seen = Set<S.Element>()
    var result: [S.Element] = []
    for e in s where other.contains(e) && !seen.contains(e) {
        seen.insert(e)
        result.append(e)
    }
    return result
}

print(allItemsMatch([1, 2, 3], [1, 2, 3]))
print(allItemsMatch([1, 2, 3], 1...3))
print(allItemsMatch(["a", "b"], ["a", "c"]))
print(allItemsMatch("abc", Array("abc")))
print(commonElements([5, 1, 3, 1, 8], [8, 1, 9]))
print(commonElements("swift", "twist"))
