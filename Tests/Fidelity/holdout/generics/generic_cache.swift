// Checks a generic class with a dictionary store, Hashable key constraint and closures.
final class Cache<Key: Hashable, Value> {
    private var storage: [Key: Value] = [:]
    private(set) var hits = 0
    private(set) var misses = 0
    func value(for key: Key, orCompute compute: (Key) -> Value) -> Value {
        if let cached = storage[key] {
            hits += 1
            return cached
        }
        misses += 1
        let v = compute(key)
        storage[key] = v
        return v
    }
    var count: Int { storage.count }
}
let squares = Cache<Int, Int>()
for n in [2, 3, 2, 4, 3, 2] {
    let v = squares.value(for: n) { k in
        print("computing \(k)")
        return k * k
    }
    print("\(n) -> \(v)")
}
print("hits: \(squares.hits), misses: \(squares.misses), size: \(squares.count)")
let lengths = Cache<String, Int>()
print(lengths.value(for: "hello") { $0.count }, lengths.value(for: "hello") { _ in -1 })
print(lengths.hits)
