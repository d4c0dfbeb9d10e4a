// Checks variable scope, shadowing in nested blocks and do-blocks.
let value = 10
print("outer value: \(value)")
do {
    let value = 20
    print("inner value: \(value)")
}
print("outer again: \(value)")
func describe(_ value: Int) -> String {
    let value = value * 2
    return "doubled: \(value)"
}
print(describe(value))
var counter = 0
for _ in 0..<3 {
    var counter = 100
    counter += 1
    print("loop counter: \(counter)")
}
counter += 1
print("global counter: \(counter)")
let optionalName: String? = "Kim"
if let optionalName {
    print("unwrapped shadow: \(optionalName)")
}
