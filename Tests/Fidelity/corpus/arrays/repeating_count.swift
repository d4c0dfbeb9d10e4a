// Checks Array(repeating:count:), Array(range), and building arrays with map over ranges.
let threeDoubles = Array(repeating: 0.0, count: 3)
print(threeDoubles)
let anotherThreeDoubles = Array(repeating: 2.5, count: 3)
let sixDoubles = threeDoubles + anotherThreeDoubles
print(sixDoubles)
var flags = [Bool](repeating: false, count: 5)
flags[2] = true
print(flags)
let dashes = Array(repeating: "-", count: 10).joined()
print(dashes)
let oneToTen = Array(1...10)
print(oneToTen)
let squares = (0..<6).map { $0 * $0 }
print(squares)
let emptyRepeat = [String](repeating: "x", count: 0)
print(emptyRepeat, emptyRepeat.isEmpty)
let chars = Array("swift")
print(chars)
