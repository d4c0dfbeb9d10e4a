// Checks CustomStringConvertible and CustomDebugStringConvertible effects on print and interpolation.
struct Temperature: CustomStringConvertible {
    let celsius: Double
    var description: String { "\(celsius)°C" }
}
let t = Temperature(celsius: 21.5)
print(t)
print("Today: \(t)")
print([t, Temperature(celsius: -3)])
print(String(describing: t))
struct Token: CustomDebugStringConvertible {
    let kind: String
    var debugDescription: String { "Token<\(kind)>" }
}
print(Token(kind: "ident"))
debugPrint(Token(kind: "number"))
print([Token(kind: "op")])
struct Plain { let a: Int; let b: String }
print(Plain(a: 1, b: "x"))
debugPrint("quoted string", 42)
print(Optional(t) as Any)
enum Status: CustomStringConvertible {
    case active, inactive
    var description: String { self == .active ? "ON" : "OFF" }
}
print(Status.active, [Status.inactive, .active])
class Node: CustomStringConvertible {
    let value: Int
    init(_ v: Int) { value = v }
    var description: String { "Node(\(value))" }
}
print(Node(3), [Node(1), Node(2)])
