// Checks variadic parameters, passing zero or many values, and combining with other parameters.
func arithmeticMean(_ numbers: Double...) -> Double {
    var total: Double = 0
    for number in numbers {
        total += number
    }
    return total / Double(numbers.count)
}
print(arithmeticMean(1, 2, 3, 4, 5))
print(arithmeticMean(3, 8.25, 18.75))

func sum(_ values: Int...) -> Int {
    values.reduce(0, +)
}
print(sum())
print(sum(7))
print(sum(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))

func log(_ level: String, _ messages: String..., separator: String = " ") {
    print("[\(level)] " + messages.joined(separator: separator) + " (\(messages.count))")
}
log("info", "server", "started")
log("warn", "a", "b", "c", separator: ", ")
log("debug")
