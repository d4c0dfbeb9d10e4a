// Checks printing values stored as Any and AnyObject-free heterogeneous arrays.
let things: [Any] = [0, 0.0, 42, 3.14159, "hello", (3.0, 5.0), Optional<Int>.none as Any, [1, 2]]
for thing in things {
    switch thing {
    case 0 as Int:
        print("zero as an Int")
    case 0 as Double:
        print("zero as a Double")
    case let someInt as Int:
        print("an integer value of \(someInt)")
    case let someDouble as Double where someDouble > 0:
        print("a positive double value of \(someDouble)")
    case let someString as String:
        print("a string value of \"\(someString)\"")
    case let (x, y) as (Double, Double):
        print("an (x, y) point at \(x), \(y)")
    case let array as [Int]:
        print("an array \(array)")
    default:
        print("something else: \(thing)")
    }
}
print(things.count)
