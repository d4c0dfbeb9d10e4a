// Checks synthesized Equatable/Hashable, custom Comparable and use in sets and sorting.
struct Vector2D: Equatable, Hashable {
    var x = 0.0, y = 0.0
}
let twoThree = Vector2D(x: 2.0, y: 3.0)
let anotherTwoThree = Vector2D(x: 2.0, y: 3.0)
print(twoThree == anotherTwoThree, twoThree != Vector2D())
let unique: Set<Vector2D> = [twoThree, anotherTwoThree, Vector2D()]
print(unique.count)
struct Version: Comparable, CustomStringConvertible {
    let major: Int, minor: Int, patch: Int
    static func < (lhs: Version, rhs: Version) -> Bool {
        (lhs.major, lhs.minor, lhs.patch) < (rhs.major, rhs.minor, rhs.patch)
    }
    var description: String { "\(major).\(minor).\(patch)" }
}
let versions = [Version(major: 1, minor: 10, patch: 0), Version(major: 1, minor: 2, patch: 5),
                Version(major: 0, minor: 9, patch: 9), Version(major: 1, minor: 2, patch: 0)]
print(versions.sorted())
print(versions.max()!, versions.min()!)
print(Version(major: 2, minor: 0, patch: 0) > Version(major: 1, minor: 99, patch: 99))
enum Suit: Comparable { case clubs, diamonds, hearts, spades }
print([Suit.spades, .clubs, .hearts].sorted())
print(Suit.hearts < .spades)
var counts: [Vector2D: Int] = [:]
counts[twoThree, default: 0] += 1
counts[anotherTwoThree, default: 0] += 1
print(counts[Vector2D(x: 2, y: 3)]!)
print(versions.contains(Version(major: 0, minor: 9, patch: 9)))
