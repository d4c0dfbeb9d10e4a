// Checks structs conforming to a protocol, stored in an array of the protocol type.
protocol Shape {
    var name: String { get }
    func area() -> Double
}
struct Circle: Shape {
    var radius: Double
    var name: String { "circle" }
    func area() -> Double { 3.0 * radius * radius }
}
struct Square: Shape {
    var side: Double
    let name = "square"
    func area() -> Double { side * side }
}
let shapes: [Shape] = [Circle(radius: 2), Square(side: 3), Circle(radius: 0.5)]
for s in shapes {
    print("\(s.name): \(s.area())")
}
let total = shapes.reduce(0) { $0 + $1.area() }
print("total area \(total)")
print(shapes.map { $0.name }.joined(separator: ", "))
print(shapes[1])
