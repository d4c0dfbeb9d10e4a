// Checks CustomStringConvertible vs CustomDebugStringConvertible in print and debugPrint.
struct Temperature: CustomStringConvertible, CustomDebugStringConvertible {
    var celsius: Double
    var description: String { "\(celsius)°C" }
    var debugDescription: String { "Temperature(celsius: \(celsius))" }
}

struct Plain {
    var a: Int
    var b: String
}

let t = Temperature(celsius: 21.5)
print(t)
debugPrint(t)
print([t])
print(String(reflecting: t))
print("\(t)")
let p = Plain(a: 1, b: "x")
print(p)
debugPrint(p)
print([p, Plain(a: 2, b: "y")])
