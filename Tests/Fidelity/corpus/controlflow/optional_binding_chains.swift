// Checks if let chains with commas, shorthand if let x, and optional chaining in conditions.
let possibleNumber = "123"
if let actualNumber = Int(possibleNumber) {
    print("The string \"\(possibleNumber)\" has an integer value of \(actualNumber)")
} else {
    print("The string \"\(possibleNumber)\" couldn't be converted to an integer")
}
if let firstNumber = Int("4"), let secondNumber = Int("42"), firstNumber < secondNumber && secondNumber < 100 {
    print("\(firstNumber) < \(secondNumber) < 100")
}
let myNumber: Int? = Int("x7")
if let myNumber {
    print("My number is \(myNumber)")
} else {
    print("no number")
}
let words: [String] = ["hi"]
if let count = words.first?.count, count > 1 {
    print("first word has \(count) letters")
}
var name: String? = "Taylor"
while let current = name {
    print("processing \(current)")
    name = current.count > 4 ? String(current.dropLast(2)) : nil
}
