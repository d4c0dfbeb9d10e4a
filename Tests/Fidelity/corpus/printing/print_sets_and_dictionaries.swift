// Checks deterministic printing of sets and dictionaries via sorting and single elements.
let primes: Set = [7, 2, 5, 3]
print(primes.sorted())
print(primes.count, primes.contains(5))
let ages = ["Zoe": 31, "Adam": 25, "Mia": 40]
for key in ages.keys.sorted() {
    print(key, ages[key]!)
}
print(ages.values.sorted())
print(ages.sorted { $0.key < $1.key })
let one: [String: Int] = ["solo": 1]
print(one)
print(one.keys.first!, Array(one.values))
let letters: Set<Character> = ["q"]
print(letters)
print(Set([1, 1, 1]))
