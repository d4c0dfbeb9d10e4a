// Checks a protocol used as a type: heterogeneous arrays of shapes and dynamic dispatch.
protocol Shape {
    func area() -> Double
    var name: String { get }
}

struct Square: Shape {
    var side: Double
    func area() -> Double { side * side }
    var name: String { "square" }
}

struct Rectangle: Shape {
    var width: Double
    var height: Double
    func area() -> Double { width * height }
    var name: String { "rectangle" }
}

struct Triangle: Shape {
    var base: Double
    var height: Double
    func area() -> Double { 0.5 * base * height }
    var name: String { "triangle" }
}

let shapes: [any Shape] = [Square(side: 3), Rectangle(width: 2, height: 4.5), Triangle(base: 5, height: 3)]
var total = 0.0
for shape in shapes {
    print("\(shape.name): \(shape.area())")
    total += shape.area()
}
print("total area:", total)
let biggest = shapes.max { $0.area() < $1.area() }!
print("biggest is a \(biggest.name)")
print(shapes.map { $0.name }.joined(separator: ", "))
