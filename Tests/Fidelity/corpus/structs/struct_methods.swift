// Checks instance methods on structs, self usage, and methods returning new values.
struct Vector2 {
    var x: Double
    var y: Double

    func length() -> Double {
        (x * x + y * y).squareRoot()
    }
    func scaled(by factor: Double) -> Vector2 {
        Vector2(x: x * factor, y: y * factor)
    }
    func dot(_ other: Vector2) -> Double {
        self.x * other.x + self.y * other.y
    }
    func isLonger(than other: Vector2) -> Bool {
        length() > other.length()
    }
}
let v = Vector2(x: 3, y: 4)
let w = Vector2(x: 1, y: 0)
print(v.length())
print(v.scaled(by: 2))
print(v.dot(w))
print(v.isLonger(than: w), w.isLonger(than: v))
let unit = v.scaled(by: 1 / v.length())
print(unit.x, unit.y)
