// Checks optional binding with if let, else branches, and multiple bindings in one condition.
let possibleNumber = "123"
if let actualNumber = Int(possibleNumber) {
    print("The string \"\(possibleNumber)\" has an integer value of \(actualNumber)")
} else {
    print("The string \"\(possibleNumber)\" could not be converted to an integer")
}

let notANumber = "hello"
if let value = Int(notANumber) {
    print("Got \(value)")
} else {
    print("\"\(notANumber)\" is not a number")
}

if let first = Int("4"), let second = Int("42"), first < second && second < 100 {
    print("\(first) < \(second) < 100")
}

if let a = Int("7"), let b = Int("x") {
    print("both: \(a) \(b)")
} else {
    print("at least one conversion failed")
}
