// Checks switch cases with let bindings and where clauses on tuples and single values.
let points = [(1, -1), (2, 2), (3, 7), (0, 0)]
for yetAnotherPoint in points {
    switch yetAnotherPoint {
    case let (x, y) where x == y:
        print("(\(x), \(y)) is on the line x == y")
    case let (x, y) where x == -y:
        print("(\(x), \(y)) is on the line x == -y")
    case let (x, y):
        print("(\(x), \(y)) is just some arbitrary point")
    }
}
for n in [-4, 0, 7, 12, 15] {
    switch n {
    case let x where x < 0:
        print("\(x) is negative")
    case 0:
        print("zero")
    case let x where x % 2 == 0 && x > 10:
        print("\(x) is a big even number")
    case let x where x % 2 == 0:
        print("\(x) is a small even number")
    default:
        print("\(n) is odd")
    }
}
