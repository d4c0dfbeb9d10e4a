// Checks synthesized Equatable and Hashable conformance for structs, and use in contains/Set.
struct Coordinate: Equatable, Hashable {
    var lat: Int
    var lon: Int
}
let a = Coordinate(lat: 10, lon: 20)
let b = Coordinate(lat: 10, lon: 20)
let c = Coordinate(lat: 11, lon: 20)
print(a == b, a == c, a != c)

let route = [a, c, Coordinate(lat: 5, lon: 5)]
print(route.contains(b))
print(route.firstIndex(of: c) ?? -1)

let visited: Set<Coordinate> = [a, b, c]
print("unique count: \(visited.count)")
print(visited.contains(Coordinate(lat: 11, lon: 20)))

struct Version: Comparable {
    var major: Int, minor: Int
    static func < (l: Version, r: Version) -> Bool {
        (l.major, l.minor) < (r.major, r.minor)
    }
}
let versions = [Version(major: 2, minor: 1), Version(major: 1, minor: 9), Version(major: 2, minor: 0)]
print(versions.sorted())
print(versions.max()!)
