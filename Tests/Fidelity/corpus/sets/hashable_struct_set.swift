// Checks a Set of a Hashable struct: synthesized hashing, deduplication and sorted output.
struct Point: Hashable {
    var x: Int
    var y: Int
}
var visited: Set<Point> = []
let path = [Point(x: 0, y: 0), Point(x: 1, y: 0), Point(x: 1, y: 1), Point(x: 0, y: 0), Point(x: 1, y: 0)]
for p in path {
    let (inserted, _) = visited.insert(p)
    print("(\(p.x), \(p.y)) \(inserted ? "new" : "seen")")
}
print(visited.count)
let ordered = visited.sorted { ($0.x, $0.y) < ($1.x, $1.y) }
for p in ordered {
    print(p)
}
print(visited.contains(Point(x: 1, y: 1)))
print(Set([Point(x: 5, y: 5)]))
