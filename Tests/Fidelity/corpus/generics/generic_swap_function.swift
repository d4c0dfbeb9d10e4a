// Checks a generic function with inout parameters inferred for several types.
func swapTwoValues<T>(_ a: inout T, _ b: inout T) {
    let temporaryA = a
    a = b
    b = temporaryA
}

var someInt = 3
var anotherInt = 107
swapTwoValues(&someInt, &anotherInt)
print("someInt is now \(someInt), and anotherInt is now \(anotherInt)")

var someString = "hello"
var anotherString = "world"
swapTwoValues(&someString, &anotherString)
print(someString, anotherString)

var xs = [1.5, 2.5]
var ys = [9.0]
swapTwoValues(&xs, &ys)
print(xs, ys)

func duplicate<T>(_ value: T, times: Int) -> [T] {
    Array(repeating: value, count: times)
}
print(duplicate("ab", times: 3))
print(duplicate(true, times: 2))
print(duplicate(0.5, times: 0))
