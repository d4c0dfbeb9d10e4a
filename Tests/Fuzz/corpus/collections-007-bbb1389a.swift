// Arrays
var xs = [3, 1, 2]
xs.append(5)
xs.insert(0, at: 0)
print(xs, xs.count, xs.isEmpty)
print(xs.sorted(), xs.sorted(by: >), xs.first!, xs.last ?? -1)
print(xs.map { $0 * 2 }, xs.filter { $0 % 2 == 1 }, xs.reduce(0, +))
print(xs.contains(3), xs.contains { $0 > 4 }, xs.min()!, xs.max()!)
let removed = xs.remove(at: 1)
print(removed, xs, xs[1...2], xs.firstIndex(of: 2)!)
var ys = xs
ys[0] = 99
print(xs[0], ys[0])
let words = ["b", "a", "c"]
print(words.joined(separator: "-"), words.sorted())
print(Array(repeating: 0, count: 3), Array(1...4), [Int]())
var grid = [[1, 2], [3, 4]]
grid[1][0] = 30
print(grid)
print(xs.enumerated().map { "\($0.offset):\($0.element)" })
print(zip([1, 2, 3], ["a", "b"]).map { "\($0)\($1)" })
for (i, w) in words.enumerated() { print(i, w) }
print(stride(from: 0, to: 10, by: 3).map { $0 }, stride(from: 1.0, through: 2.0, by: 0.5))
print(xs.compactMap { $0 > 0 ? $0 : nil }, [[1], [2, 3]].flatMap { $0 })
