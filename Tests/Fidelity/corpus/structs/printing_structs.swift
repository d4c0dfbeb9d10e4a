// Checks the default print() and string-interpolation output of struct values.
struct Point {
    var x: Int
    var y: Int
}
struct Person {
    let name: String
    let age: Int
    let nickname: String?
}
struct Line {
    var start: Point
    var end: Point
}
struct Empty {}
struct Measurement {
    var value: Double
    var tags: [String]
}

let p = Point(x: 3, y: -4)
print(p)
print("point: \(p)")
print(Person(name: "Grace", age: 85, nickname: nil))
print(Person(name: "Alan", age: 41, nickname: "Al"))
print(Line(start: p, end: Point(x: 0, y: 0)))
print(Empty())
print(Measurement(value: 2.5, tags: ["a", "b"]))
print(String(describing: p))
debugPrint(Person(name: "Ada", age: 36, nickname: "Countess"))
