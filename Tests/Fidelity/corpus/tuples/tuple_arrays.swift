// Checks arrays of tuples: sorting, mapping, filtering and reducing.
let scores: [(name: String, points: Int)] = [("Ann", 82), ("Ben", 95), ("Cid", 67), ("Dee", 95)]
let ranked = scores.sorted { $0.points != $1.points ? $0.points > $1.points : $0.name < $1.name }
for (i, entry) in ranked.enumerated() {
    print("\(i + 1). \(entry.name) \(entry.points)")
}
print(scores.map { $0.name })
print(scores.filter { $0.points > 80 }.map(\.name))
let total = scores.reduce(0) { $0 + $1.points }
print("Total \(total)")
let best = scores.max { $0.points < $1.points }!
print(best)
print(scores[0])
let zipped = Array(zip([1, 2, 3], ["a", "b", "c"]))
print(zipped)
