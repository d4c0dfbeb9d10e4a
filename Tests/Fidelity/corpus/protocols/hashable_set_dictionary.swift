// Checks Hashable conformances used as Set elements and Dictionary keys.
struct Coordinate: Hashable {
    let row: Int
    let col: Int
}

var visited = Set<Coordinate>()
let moves = [(0, 0), (0, 1), (1, 1), (0, 1), (0, 0), (2, 2)]
for (r, c) in moves {
    let (inserted, _) = visited.insert(Coordinate(row: r, col: c))
    print("(\(r), \(c)) new: \(inserted)")
}
print("distinct cells:", visited.count)
print(visited.contains(Coordinate(row: 1, col: 1)))

var labels: [Coordinate: String] = [:]
labels[Coordinate(row: 0, col: 0)] = "start"
labels[Coordinate(row: 2, col: 2)] = "goal"
labels[Coordinate(row: 0, col: 0)] = "origin"
print(labels.count)
print(labels[Coordinate(row: 0, col: 0)] ?? "none")
print(labels[Coordinate(row: 5, col: 5)] ?? "none")
let sortedKeys = labels.keys.sorted { ($0.row, $0.col) < ($1.row, $1.col) }
for k in sortedKeys {
    print(k.row, k.col, labels[k]!)
}
