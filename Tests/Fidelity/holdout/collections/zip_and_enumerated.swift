// Checks zip, enumerated, indices and parallel iteration.
let names = ["Ada", "Grace", "Linus"]
let years = [1815, 1906, 1969, 2000]
for (name, year) in zip(names, years) {
    print("\(name) was born in \(year)")
}
print(Array(zip(names, years)).count)
let paired = Array(zip(1...3, ["a", "b", "c"]))
print(paired)
for (i, name) in names.enumerated() where i > 0 {
    print(i, name)
}
for i in names.indices.reversed() {
    print(names[i], terminator: " ")
}
print()
let a = [1, 2, 3], b = [4, 5, 6]
let dot = zip(a, b).map(*).reduce(0, +)
print("dot product: \(dot)")
let diffs = zip(years, years.dropFirst()).map { $1 - $0 }
print(diffs)
let lookup = Dictionary(uniqueKeysWithValues: zip(names, years))
print(lookup["Grace"]!)
