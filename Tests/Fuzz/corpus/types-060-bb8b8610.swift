// switch patterns
func classify(_ v: Int) -> String {
    switch v {
    case 0: return "zero"
    case 1...9: return "small"
    case let n where n < 0: return "negative"
    case 10, 20, 30: return "round"
    default: return "big"
    }
}
print([0, 5, -3, 20, 99].map(classify))
let point = (1, 0)
switch point {
case (0, 0): print("origin")
case (_, 0): print("on x axis")
case (0, _): print("on y axis")
default: print("elsewhere")
}
let word = "b"
switch word {
case "a", "b":
    print("early")
    fallthroughNot: do { break fallthroughNot }
default:
    print("late")
}
let optional: Int? = 5
switch optional {
case .some(let v) where v > 3: print("big", v)
case .some(let v): print("small", v)
case .none: print("none")
}
let kind = switch 3 { case 1: "one"; case 3: "three"; default: "other" }
print(kind)
let sign = if optional! > 0 { "+" } else { "-" }
print(sign)
