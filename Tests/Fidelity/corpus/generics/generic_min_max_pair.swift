// Checks a generic function returning an optional tuple of min and max over a sequence.
func minMax<S: Sequence>(_ s: S) -> (min: S.Element, max: S.Element)? where S.Element: Comparable {
    var it = s.makeIterator()
    guard let first = it.next() else { return nil }
    var lo = first, hi = first
    while let x = it.next() {
        if x < lo { lo = x }
        if x > hi { hi = x }
    }
    return (lo, hi)
}

if let r = minMax([8, -2, 15, 4]) {
    print("min \(r.min), max \(r.max)")
}
print(minMax("hello")!)
print(minMax(stride(from: 0.5, to: 3.0, by: 0.5))!)
print(minMax([String]()) == nil)
let words = ["pear", "fig", "banana"]
let lengths = minMax(words.map { $0.count })
print(lengths?.min ?? 0, lengths?.max ?? 0)
