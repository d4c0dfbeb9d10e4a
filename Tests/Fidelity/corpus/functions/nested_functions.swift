// Checks nested functions returned from an enclosing function and using outer variables.
func chooseStepFunction(backward: Bool) -> (Int) -> Int {
    func stepForward(input: Int) -> Int { return input + 1 }
    func stepBackward(input: Int) -> Int { return input - 1 }
    return backward ? stepBackward : stepForward
}
var currentValue = -4
let moveNearerToZero = chooseStepFunction(backward: currentValue > 0)
while currentValue != 0 {
    print("\(currentValue)... ")
    currentValue = moveNearerToZero(currentValue)
}
print("zero!")

func report(for scores: [Int]) -> String {
    var lines: [String] = []
    func add(_ label: String, _ value: Int) {
        lines.append("\(label): \(value)")
    }
    add("count", scores.count)
    add("best", scores.max() ?? 0)
    add("sum", scores.reduce(0, +))
    return lines.joined(separator: "; ")
}
print(report(for: [70, 95, 88]))
