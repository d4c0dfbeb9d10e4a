// Checks Bool values, toggle, logical operators and the ternary operator.
var isOn = false
print("isOn: \(isOn)")
isOn.toggle()
print("after toggle: \(isOn)")
let scores = [45, 82, 67, 91, 30]
for s in scores {
    let passed = s >= 50
    let grade = s >= 90 ? "A" : s >= 80 ? "B" : s >= 60 ? "C" : "F"
    print("\(s): passed=\(passed) grade=\(grade)")
}
let allPassed = scores.allSatisfy { $0 >= 50 }
let anyPerfect = scores.contains { $0 == 100 }
print(allPassed, anyPerfect)
print(true && !false, false || false)
print(Bool("true") as Any, Bool("yes") as Any)
let flag: Bool = 3 > 2
print(String(flag).uppercased())
