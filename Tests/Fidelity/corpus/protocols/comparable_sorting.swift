// Checks a Comparable conformance used by sorted(), max(), min() and < operators.
struct Version: Comparable, CustomStringConvertible {
    let major: Int
    let minor: Int
    let patch: Int

    static func < (lhs: Version, rhs: Version) -> Bool {
        if lhs.major != rhs.major { return lhs.major < rhs.major }
        if lhs.minor != rhs.minor { return lhs.minor < rhs.minor }
        return lhs.patch < rhs.patch
    }

    var description: String { "\(major).\(minor).\(patch)" }
}

let versions = [
    Version(major: 1, minor: 10, patch: 0),
    Version(major: 1, minor: 2, patch: 9),
    Version(major: 2, minor: 0, patch: 0),
    Version(major: 1, minor: 2, patch: 10),
]
print(versions.sorted())
print(versions.sorted(by: >))
print("newest:", versions.max()!)
print("oldest:", versions.min()!)
let v = Version(major: 1, minor: 5, patch: 0)
print(v > versions[1], v <= versions[0], v >= v)
