// Checks arrays of protocol types, type casting with is/as?, and protocol composition.
protocol Shape {
    var area: Double { get }
    var name: String { get }
}
protocol Scalable {
    mutating func scale(by factor: Double)
}
struct Circle: Shape, Scalable {
    var radius: Double
    var area: Double { 3.0 * radius * radius }
    var name: String { "circle" }
    mutating func scale(by factor: Double) { radius *= factor }
}
struct Rectangle: Shape {
    var width: Double, height: Double
    var area: Double { width * height }
    var name: String { "rectangle" }
}
let shapes: [Shape] = [Circle(radius: 2), Rectangle(width: 3, height: 4), Circle(radius: 1)]
for shape in shapes {
    print("\(shape.name): \(shape.area)")
}
print("total area: \(shapes.reduce(0) { $0 + $1.area })")
let circles = shapes.compactMap { $0 as? Circle }
print("circles: \(circles.count)")
for shape in shapes {
    if let c = shape as? Circle {
        print("circle with radius \(c.radius)")
    } else if shape is Rectangle {
        print("a rectangle")
    }
}
func describeScaled(_ item: Shape & Scalable) -> String {
    var copy = item
    copy.scale(by: 2)
    return "\(item.name) area \(item.area) -> \(copy.area)"
}
print(describeScaled(Circle(radius: 1.5)))
let largest = shapes.max { $0.area < $1.area }!
print("largest: \(largest.name)")
