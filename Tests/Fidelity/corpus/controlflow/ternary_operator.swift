// Checks the ternary conditional operator, nested ternaries and use inside interpolation.
let contentHeight = 40
let hasHeader = true
let rowHeight = contentHeight + (hasHeader ? 50 : 20)
print(rowHeight)
for n in 1...5 {
    print("\(n) is \(n % 2 == 0 ? "even" : "odd")")
}
func sign(_ x: Int) -> String {
    return x > 0 ? "positive" : x < 0 ? "negative" : "zero"
}
print(sign(3), sign(-8), sign(0))
let items = 1
print("You have \(items) item\(items == 1 ? "" : "s")")
let others = 3
print("You have \(others) item\(others == 1 ? "" : "s")")
let a = 17, b = 42
let larger = a > b ? a : b
print(larger)
let nickname: String? = nil
let display = nickname != nil ? nickname! : "Anonymous"
print(display)
