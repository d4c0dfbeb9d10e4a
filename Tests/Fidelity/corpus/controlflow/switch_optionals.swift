// Checks switching on optionals with .some/.none, let x? patterns and nil.
func describe(_ value: Int?) -> String {
    switch value {
    case nil:
        return "missing"
    case let x? where x < 0:
        return "negative \(x)"
    case 0?:
        return "zero"
    case .some(let x):
        return "value \(x)"
    }
}
for v in [nil, -3, 0, 8] as [Int?] {
    print(describe(v))
}
let pair: (String?, Int?) = ("Ann", nil)
switch pair {
case let (name?, age?):
    print("\(name) is \(age)")
case let (name?, nil):
    print("\(name), age unknown")
case (nil, _):
    print("no name")
}
