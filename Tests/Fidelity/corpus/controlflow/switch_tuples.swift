// Checks switch on tuples with wildcards and ranges; the first matching case wins.
func classify(_ somePoint: (Int, Int)) {
    switch somePoint {
    case (0, 0):
        print("\(somePoint) is at the origin")
    case (_, 0):
        print("\(somePoint) is on the x-axis")
    case (0, _):
        print("\(somePoint) is on the y-axis")
    case (-2...2, -2...2):
        print("\(somePoint) is inside the box")
    default:
        print("\(somePoint) is outside of the box")
    }
}
classify((1, 1))
classify((0, 0))
classify((5, 0))
classify((0, -3))
classify((3, 3))
classify((-2, 2))
let pair = (true, false)
switch pair {
case (true, true): print("both")
case (true, false), (false, true): print("exactly one")
case (false, false): print("neither")
}
