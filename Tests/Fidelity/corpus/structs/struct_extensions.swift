// Checks extensions on structs adding methods, computed properties and an extra init that keeps the memberwise one.
struct Temperature {
    var celsius: Double
}
extension Temperature {
    init(fahrenheit: Double) {
        celsius = (fahrenheit - 32) * 5 / 9
    }
    var fahrenheit: Double { celsius * 9 / 5 + 32 }
    var isFreezing: Bool { celsius <= 0 }
    mutating func warm(by degrees: Double) {
        celsius += degrees
    }
}
var today = Temperature(celsius: -2)
print(today.fahrenheit, today.isFreezing)
today.warm(by: 7)
print(today.celsius, today.isFreezing)
let oven = Temperature(fahrenheit: 356)
print(oven)

extension Int {
    var squared: Int { self * self }
    func repetitions(task: () -> Void) {
        for _ in 0..<self { task() }
    }
}
print(9.squared)
3.repetitions { print("Hello!") }
