// Checks generic functions returning Optional and chaining them with ?? and if let.
func findIndex<T: Equatable>(of value: T, in array: [T]) -> Int? {
    for (index, item) in array.enumerated() where item == value {
        return index
    }
    return nil
}

func lookup<K: Hashable, V>(_ key: K, in table: [K: V]) -> V? {
    table[key]
}

let names = ["Ana", "Ben", "Cleo"]
if let i = findIndex(of: "Ben", in: names) {
    print("Ben is at index \(i)")
}
print(findIndex(of: "Zed", in: names) as Any)
print(findIndex(of: 3.5, in: [1.0, 3.5]) ?? -1)

let ages = ["Ana": 31, "Ben": 25]
print(lookup("Ana", in: ages) ?? 0)
print(lookup("Cleo", in: ages) ?? 0)
let maybe = lookup("Ben", in: ages)
print(maybe as Any)
print(maybe.map { $0 + 1 } as Any)
let chained = findIndex(of: "Cleo", in: names).flatMap { names.indices.contains($0 + 1) ? names[$0 + 1] : nil }
print(chained ?? "no successor")
