// Checks min/max, sorted and elementsEqual on ranges, strides and mapped sequences.
let squares = (1...6).map { $0 * $0 }
print(squares.min()!, squares.max()!)
let distances = [(name: "A", km: 12.5), (name: "B", km: 3.25), (name: "C", km: 8.0)]
let nearest = distances.min { $0.km < $1.km }!
let farthest = distances.max { $0.km < $1.km }!
print(nearest.name, farthest.name)
print(stride(from: 9, to: 0, by: -2).sorted())
print((1...3).elementsEqual([1, 2, 3]))
print("abc".elementsEqual(["a", "b", "c"]))
let words = "pear fig banana kiwi".split(separator: " ")
print(words.sorted().map(String.init))
print(words.map { $0.count }.max()!)
print((0..<0).min() as Any)
