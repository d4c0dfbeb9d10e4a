// Checks arithmetic, remainder, compound assignment and comparison operators.
let a = 17, b = 5
print(a + b, a - b, a * b, a / b, a % b)
print(-a / b, -a % b)
print(9 % 4, -9 % 4)
var total = 10
total += 5
total -= 3
total *= 2
total /= 4
print("total = \(total)")
print(1 == 1, 2 != 1, 2 > 1, 1 < 2, 1 >= 1, 2 <= 1)
let name = "world"
if name == "world" {
    print("hello, world")
} else {
    print("I'm sorry \(name), but I don't recognize you")
}
let contentHeight = 40
let hasHeader = true
let rowHeight = contentHeight + (hasHeader ? 50 : 20)
print(rowHeight)
let enteredDoorCode = true
let passedRetinaScan = false
let hasDoorKey = false
let knowsOverridePassword = true
if enteredDoorCode && passedRetinaScan || hasDoorKey || knowsOverridePassword {
    print("Welcome!")
} else {
    print("ACCESS DENIED")
}
print(!hasDoorKey)
