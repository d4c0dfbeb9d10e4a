// Checks value bindings in switch cases: partial let bindings and compound cases binding the same name.
let anotherPoint = (2, 0)
switch anotherPoint {
case (let x, 0):
    print("on the x-axis with an x value of \(x)")
case (0, let y):
    print("on the y-axis with a y value of \(y)")
case let (x, y):
    print("somewhere else at (\(x), \(y))")
}
let stillAnotherPoint = (9, 0)
switch stillAnotherPoint {
case (let distance, 0), (0, let distance):
    print("On an axis, \(distance) from the origin")
default:
    print("Not on an axis")
}
for p in [(0, 4), (3, 3)] {
    switch p {
    case (0, var y):
        y *= 10
        print("scaled y: \(y)")
    case (let x, let y):
        print("sum \(x + y)")
    }
}
