// Structs: value semantics, methods, computed properties, initialisers
struct Point: CustomStringConvertible {
    var x: Double
    var y: Double
    static let origin = Point(x: 0, y: 0)
    var length: Double { (x * x + y * y).squareRoot() }
    var description: String { "(\(x), \(y))" }
    func distance(to other: Point) -> Double {
        let dx = x - other.x, dy = y - other.y
        return (dx * dx + dy * dy).squareRoot()
    }
    mutating func move(by d: Double) {
        x += d
        y += d
    }
}
var p = Point(x: 3, y: 4)
var p2 = p
p2.move(by: 1)
print(p, p2, p.length, p.distance(to: .origin))
p.x = 10
print(p.x, p2.x)
struct Temperature {
    var celsius: Double
    init(fahrenheit: Double) { celsius = (fahrenheit - 32) / 1.8 }
    var fahrenheit: Double {
        get { celsius * 1.8 + 32 }
        set { celsius = (newValue - 32) / 1.8 }
    }
}
var t = Temperature(fahrenheit: 212)
print(t.celsius)
t.fahrenheit = 32
print(t.celsius)
