// Checks a generic lookup whose result is force-unwrapped; the last lookup is nil and traps.
func element<T>(at index: Int, in items: [T]) -> T? {
    items.indices.contains(index) ? items[index] : nil
}

let primes = [2, 3, 5, 7, 11]
for i in [0, 2, 4] {
    print("primes[\(i)] =", element(at: i, in: primes)!)
}
print(element(at: 9, in: primes) as Any)
let colors = ["red", "green"]
print(element(at: 1, in: colors)!)
let missing = element(at: 5, in: colors)!
print("unreachable", missing)
