// Checks FizzBuzz implemented with a switch over a tuple of remainders.
for i in 1...20 {
    switch (i % 3, i % 5) {
    case (0, 0):
        print("FizzBuzz")
    case (0, _):
        print("Fizz")
    case (_, 0):
        print("Buzz")
    default:
        print(i)
    }
}
let labels = (1...15).map { i -> String in
    var s = ""
    if i % 3 == 0 { s += "Fizz" }
    if i % 5 == 0 { s += "Buzz" }
    return s.isEmpty ? String(i) : s
}
print(labels.joined(separator: ","))
