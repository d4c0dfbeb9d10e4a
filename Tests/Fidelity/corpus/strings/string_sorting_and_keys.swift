// Checks sorting strings by length, by last character, and grouping by first letter.
let animals = ["zebra", "ant", "elephant", "cat", "bee", "aardvark", "eel"]
print(animals.sorted())
print(animals.sorted { $0.count != $1.count ? $0.count < $1.count : $0 < $1 })
print(animals.sorted { ($0.last!, $0) < ($1.last!, $1) })
let grouped = Dictionary(grouping: animals, by: { $0.first! })
for key in grouped.keys.sorted() {
    print(key, grouped[key]!.sorted())
}
print(animals.map { $0.count })
print(animals.filter { $0.count == 3 }.joined(separator: "/"))
