// Checks map, filter and chained transforms on arrays of ints and strings.
let numbers = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
let evens = numbers.filter { $0 % 2 == 0 }
print(evens)
let squares = numbers.map { $0 * $0 }
print(squares)
let result = numbers.filter { $0 % 3 == 0 }.map { $0 * 10 }
print(result)
let digitNames = [0: "Zero", 1: "One", 2: "Two", 3: "Three", 4: "Four",
                  5: "Five", 6: "Six", 7: "Seven", 8: "Eight", 9: "Nine"]
let values = [16, 58, 510]
let strings = values.map { (number) -> String in
    var number = number
    var output = ""
    repeat {
        output = digitNames[number % 10]! + output
        number /= 10
    } while number > 0
    return output
}
print(strings)
let lengths = strings.map { $0.count }
print(lengths)
print(numbers.map { Double($0) / 4 }.prefix(4))
