// Checks switching over optionals with .some/.none and the x? pattern, and for case let x?.
func describe(_ value: Int?) -> String {
    switch value {
    case .none:
        return "nothing"
    case .some(0):
        return "zero"
    case let v? where v < 0:
        return "negative \(v)"
    case let v?:
        return "positive \(v)"
    }
}
for v in [nil, 0, -3, 12] as [Int?] {
    print(describe(v))
}

let mixed: [Int?] = [1, nil, 2, nil, 3]
var sum = 0
for case let n? in mixed {
    sum += n
}
print("sum of present values: \(sum)")

if case .some(let x) = Int("55") {
    print("matched \(x)")
}
let optionalName: String? = nil
if case nil = optionalName {
    print("name is nil")
}
