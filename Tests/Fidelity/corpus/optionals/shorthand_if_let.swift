// Checks the Swift 5.7 shorthand `if let x` and `guard let x` that rebind the same name.
var nickname: String? = "Jay"
var middleName: String? = nil

if let nickname {
    print("Hey, \(nickname)")
}
if let middleName {
    print("Middle name: \(middleName)")
} else {
    print("No middle name")
}

func describe(score: Int?) -> String {
    guard let score else { return "no score" }
    return "score is \(score)"
}
print(describe(score: 88))
print(describe(score: nil))

var counter: Int? = 3
if var counter {
    counter += 10
    print("local counter: \(counter)")
}
print("outer counter: \(counter!)")
