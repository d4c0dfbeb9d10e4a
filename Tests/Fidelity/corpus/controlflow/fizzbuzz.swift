// Checks the classic FizzBuzz with if/else and then with a switch on a tuple of remainders.
for i in 1...15 {
    if i % 15 == 0 {
        print("FizzBuzz")
    } else if i % 3 == 0 {
        print("Fizz")
    } else if i % 5 == 0 {
        print("Buzz")
    } else {
        print(i)
    }
}
var line: [String] = []
for i in 1...15 {
    switch (i % 3, i % 5) {
    case (0, 0): line.append("FizzBuzz")
    case (0, _): line.append("Fizz")
    case (_, 0): line.append("Buzz")
    default: line.append(String(i))
    }
}
print(line.joined(separator: " "))
