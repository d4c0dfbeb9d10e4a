// Checks static stored and computed properties and static methods added by extensions.
struct Color {
    var r: Int, g: Int, b: Int
}

extension Color: CustomStringConvertible {
    static let black = Color(r: 0, g: 0, b: 0)
    static var white: Color { Color(r: 255, g: 255, b: 255) }
    static var palette: [Color] { [.black, .white, Color(r: 255, g: 0, b: 0)] }

    static func gray(_ level: Int) -> Color { Color(r: level, g: level, b: level) }

    var description: String { "rgb(\(r), \(g), \(b))" }
}

extension Int {
    static var answer: Int { 42 }
    static func fromBinary(_ s: String) -> Int? { Int(s, radix: 2) }
}

print(Color.black, Color.white)
print(Color.gray(128))
print(Color.palette)
let c: Color = .white
print(c.r + Color.black.g)
print(Int.answer * 2)
print(Int.fromBinary("101010") ?? -1, Int.fromBinary("12") as Any)
print(Int.max, Int8.min, UInt16.max)
