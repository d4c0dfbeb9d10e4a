// Checks switch on strings, on Double ranges and with multiple patterns binding values.
func classify(command: String) -> String {
    switch command.lowercased() {
    case "start", "run", "go":
        return "starting"
    case "stop", "halt":
        return "stopping"
    case let c where c.hasPrefix("set "):
        return "setting \(c.dropFirst(4))"
    default:
        return "unknown command '\(command)'"
    }
}
for cmd in ["Run", "HALT", "set volume", "jump"] {
    print(classify(command: cmd))
}
func bmiCategory(_ bmi: Double) -> String {
    switch bmi {
    case ..<18.5: return "underweight"
    case 18.5..<25: return "normal"
    case 25..<30: return "overweight"
    default: return "obese"
    }
}
for bmi in [17.2, 22.0, 25.0, 31.4] {
    print("\(bmi): \(bmiCategory(bmi))")
}
let temperature = -5
switch temperature {
case Int.min..<0: print("freezing")
case 0...15: print("cold")
default: print("warm")
}
