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
// expect: (3.0, 4.0) (4.0, 5.0) 5.0 5.0
p.x = 10
print(p.x, p2.x)
// expect: 10.0 4.0
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
// expect: 100.0
t.fahrenheit = 32
print(t.celsius)
// expect: 0.0
// ---
// Classes: reference semantics, inheritance, super
class Animal {
    var name: String
    var sound: String { "..." }
    init(name: String) { self.name = name }
    func speak() -> String { "\(name) says \(sound)" }
}
class Dog: Animal {
    var tricks = 0
    override var sound: String { "woof" }
    func learn() { tricks += 1 }
    override func speak() -> String { super.speak() + "!" }
}
let d = Dog(name: "Rex")
let alias = d
alias.learn()
alias.name = "Max"
print(d.tricks, d.name, d.speak())
// expect: 1 Max Max says woof!
let animals: [Animal] = [Animal(name: "Cat"), d]
print(animals.map { $0.speak() })
// expect: ["Cat says ...", "Max says woof!"]
print(d is Animal, d is Dog, animals[0] is Dog, (animals[1] as? Dog)?.tricks ?? -1)
// expect: true true false 1
print(d === alias)
// expect: true
// ---
// Enums with associated values, raw values, switch
enum Shape {
    case circle(radius: Double)
    case rect(width: Double, height: Double)
    case empty
    var area: Double {
        switch self {
        case .circle(let r): return 3.0 * r * r
        case let .rect(w, h): return w * h
        case .empty: return 0
        }
    }
}
let shapes: [Shape] = [.circle(radius: 1), .rect(width: 2, height: 3), .empty]
print(shapes.map { $0.area })
// expect: [3.0, 6.0, 0.0]
print(shapes[1])
// expect: rect(width: 2.0, height: 3.0)
enum Planet: Int, CaseIterable { case mercury = 1, venus, earth }
print(Planet.earth.rawValue, Planet(rawValue: 2)!, Planet.allCases.count)
// expect: 3 venus 3
enum Direction { case north, south
    mutating func flip() { self = self == .north ? .south : .north }
}
var dir = Direction.north
dir.flip()
print(dir, dir == .south)
// expect: south true
// ---
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
// expect: ["zero", "small", "negative", "round", "big"]
let point = (1, 0)
switch point {
case (0, 0): print("origin")
case (_, 0): print("on x axis")
case (0, _): print("on y axis")
default: print("elsewhere")
}
// expect: on x axis
let word = "b"
switch word {
case "a", "b":
    print("early")
    fallthroughNot: do { break fallthroughNot }
default:
    print("late")
}
// expect: early
let optional: Int? = 5
switch optional {
case .some(let v) where v > 3: print("big", v)
case .some(let v): print("small", v)
case .none: print("none")
}
// expect: big 5
let kind = switch 3 { case 1: "one"; case 3: "three"; default: "other" }
print(kind)
// expect: three
let sign = if optional! > 0 { "+" } else { "-" }
print(sign)
// expect: +
