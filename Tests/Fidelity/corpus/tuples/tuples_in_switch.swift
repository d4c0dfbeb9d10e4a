// Checks matching tuples in switch with wildcards, ranges, value bindings and where.
let somePoints = [(0, 0), (1, 0), (0, -2), (2, 2), (-3, 3), (5, 1), (-4, -6)]
for point in somePoints {
    switch point {
    case (0, 0):
        print("\(point) is at the origin")
    case (_, 0):
        print("\(point) is on the x-axis")
    case (0, _):
        print("\(point) is on the y-axis")
    case let (x, y) where x == y:
        print("\(point) is on the line x == y")
    case let (x, y) where x == -y:
        print("\(point) is on the line x == -y")
    case (-2...2, -2...2):
        print("\(point) is inside the box")
    case let (x, y):
        print("\(point) is elsewhere at x=\(x), y=\(y)")
    }
}
