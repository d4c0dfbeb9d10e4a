// Dictionaries (insertion order)
var ages = ["Ann": 31, "Bob": 25]
ages["Cy"] = 40
ages["Bob"] = nil
print(ages, ages.count)
print(ages["Ann"]!, ages["Zed"] ?? 0, ages["Zed"] == nil)
var counts: [String: Int] = [:]
for w in ["a", "b", "a"] { counts[w, default: 0] += 1 }
print(counts)
for (k, v) in counts { print(k, v) }
print(counts.keys.sorted(), counts.values.reduce(0, +), counts.mapValues { $0 * 10 })
print(counts.filter { $0.value > 1 }, counts.map { $0.key }.count)
