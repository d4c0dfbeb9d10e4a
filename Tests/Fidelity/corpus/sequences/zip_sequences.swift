// Checks zip over arrays of different lengths, tuple destructuring and zip with ranges.
let words = ["one", "two", "three", "four"]
let numbers = [1, 2, 3]
for (word, number) in zip(words, numbers) {
    print("\(word) = \(number)")
}
let pairs = Array(zip(1..., ["a", "b", "c"]))
print(pairs.count)
for pair in pairs {
    print(pair.0, pair.1)
}
let xs = [1, 2, 3, 4]
let ys = [10, 20, 30, 40]
let dot = zip(xs, ys).map { $0 * $1 }.reduce(0, +)
print("dot product: \(dot)")
let diffs = zip(xs, xs.dropFirst()).map { $1 - $0 }
print(diffs)
print(zip([1, 2], [3, 4]).map { [$0, $1] })
