// Checks function types: assigning functions to variables, passing them as parameters.
func addTwoInts(_ a: Int, _ b: Int) -> Int {
    return a + b
}
func multiplyTwoInts(_ a: Int, _ b: Int) -> Int {
    return a * b
}
var mathFunction: (Int, Int) -> Int = addTwoInts
print("Result: \(mathFunction(2, 3))")
mathFunction = multiplyTwoInts
print("Result: \(mathFunction(2, 3))")

func printMathResult(_ mathFunction: (Int, Int) -> Int, _ a: Int, _ b: Int) {
    print("Result: \(mathFunction(a, b))")
}
printMathResult(addTwoInts, 3, 5)

let operations: [(String, (Int, Int) -> Int)] = [
    ("+", addTwoInts), ("*", multiplyTwoInts), ("-", -), ("max", max),
]
for (name, op) in operations {
    print("7 \(name) 4 = \(op(7, 4))")
}
let anotherMathFunction = addTwoInts
print(anotherMathFunction(10, 20))
print(type(of: anotherMathFunction))
