// Arrays
var xs = [3, 1, 2]
xs.append(5)
xs.insert(0, at: 0)
print(xs, xs.count, xs.isEmpty)
// expect: [0, 3, 1, 2, 5] 5 false
print(xs.sorted(), xs.sorted(by: >), xs.first!, xs.last ?? -1)
// expect: [0, 1, 2, 3, 5] [5, 3, 2, 1, 0] 0 5
print(xs.map { $0 * 2 }, xs.filter { $0 % 2 == 1 }, xs.reduce(0, +))
// expect: [0, 6, 2, 4, 10] [3, 1, 5] 11
print(xs.contains(3), xs.contains { $0 > 4 }, xs.min()!, xs.max()!)
// expect: true true 0 5
let removed = xs.remove(at: 1)
print(removed, xs, xs[1...2], xs.firstIndex(of: 2)!)
// expect: 3 [0, 1, 2, 5] [1, 2] 2
var ys = xs
ys[0] = 99
print(xs[0], ys[0])
// expect: 0 99
let words = ["b", "a", "c"]
print(words.joined(separator: "-"), words.sorted())
// expect: b-a-c ["a", "b", "c"]
print(Array(repeating: 0, count: 3), Array(1...4), [Int]())
// expect: [0, 0, 0] [1, 2, 3, 4] []
var grid = [[1, 2], [3, 4]]
grid[1][0] = 30
print(grid)
// expect: [[1, 2], [30, 4]]
print(xs.enumerated().map { "\($0.offset):\($0.element)" })
// expect: ["0:0", "1:1", "2:2", "3:5"]
print(zip([1, 2, 3], ["a", "b"]).map { "\($0)\($1)" })
// expect: ["1a", "2b"]
for (i, w) in words.enumerated() { print(i, w) }
// expect: 0 b
// expect: 1 a
// expect: 2 c
print(stride(from: 0, to: 10, by: 3).map { $0 }, Array(stride(from: 1.0, through: 2.0, by: 0.5)))
// expect: [0, 3, 6, 9] [1.0, 1.5, 2.0]
print(xs.compactMap { $0 > 0 ? $0 : nil }, [[1], [2, 3]].flatMap { $0 })
// expect: [1, 2, 5] [1, 2, 3]
// ---
// Dictionaries (insertion order)
var ages = ["Ann": 31, "Bob": 25]
ages["Cy"] = 40
ages["Bob"] = nil
print(ages, ages.count)
// expect: ["Ann": 31, "Cy": 40] 2
print(ages["Ann"]!, ages["Zed"] ?? 0, ages["Zed"] == nil)
// expect: 31 0 true
var counts: [String: Int] = [:]
for w in ["a", "b", "a"] { counts[w, default: 0] += 1 }
print(counts)
// expect: ["a": 2, "b": 1]
for (k, v) in counts { print(k, v) }
// expect: a 2
// expect: b 1
print(counts.keys.sorted(), counts.values.reduce(0, +), counts.mapValues { $0 * 10 })
// expect: ["a", "b"] 3 ["a": 20, "b": 10]
print(counts.filter { $0.value > 1 }, counts.map { $0.key }.count)
// expect: ["a": 2] 2
// ---
// Sets and ranges
var s: Set<Int> = [1, 2, 3]
s.insert(2)
s.insert(4)
print(s.count, s.contains(4), s.sorted())
// expect: 4 true [1, 2, 3, 4]
print(Set([1, 2]).union([2, 3]).sorted(), Set([1, 2, 3]).intersection([2, 3, 4]).sorted())
// expect: [1, 2, 3] [2, 3]
let r = 1..<5
print(r, r.count, r.contains(4), (1...3).map { $0 * $0 })
// expect: 1..<5 4 true [1, 4, 9]
// ---
// Tuples
let pair = (1, "one")
let named = (x: 3, y: 4)
let (p, q) = pair
print(pair.0, pair.1, named.x + named.y, p, q)
// expect: 1 one 7 1 one
print(named)
// expect: (x: 3, y: 4)
var (m, k) = (1, 2)
(m, k) = (k, m)
print(m, k)
// expect: 2 1
