// Checks in-out parameters: swapping, modifying arrays, and multiple inout arguments.
func swapTwoInts(_ a: inout Int, _ b: inout Int) {
    let temporaryA = a
    a = b
    b = temporaryA
}
var someInt = 3
var anotherInt = 107
swapTwoInts(&someInt, &anotherInt)
print("someInt is now \(someInt), and anotherInt is now \(anotherInt)")

func doubleAll(_ values: inout [Int]) {
    for i in values.indices {
        values[i] *= 2
    }
}
var nums = [1, 2, 3]
doubleAll(&nums)
doubleAll(&nums)
print(nums)

func increment(_ x: inout Int, by amount: Int = 1) -> Int {
    x += amount
    return x
}
var counter = 0
print(increment(&counter), increment(&counter, by: 10), counter)

var a = "left", b = "right"
swap(&a, &b)
print(a, b)
func appendTwice(_ s: inout String, _ t: String) { s += t; s += t }
var word = "ha"
appendTwice(&word, "!")
print(word)
