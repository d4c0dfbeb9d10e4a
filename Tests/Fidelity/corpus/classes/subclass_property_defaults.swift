// Checks subclasses adding stored properties with defaults and overriding property values in init.
class Shape {
    var numberOfSides = 0
    var name: String
    init(name: String) { self.name = name }
    func simpleDescription() -> String { "A shape with \(numberOfSides) sides." }
}
class Square: Shape {
    var sideLength: Double
    init(sideLength: Double, name: String) {
        self.sideLength = sideLength
        super.init(name: name)
        numberOfSides = 4
    }
    func area() -> Double { sideLength * sideLength }
    override func simpleDescription() -> String {
        return "A square with sides of length \(sideLength)."
    }
}
class EquilateralTriangle: Shape {
    var sideLength: Double = 0.0
    init(sideLength: Double, name: String) {
        self.sideLength = sideLength
        super.init(name: name)
        numberOfSides = 3
    }
    var perimeter: Double {
        get { return 3.0 * sideLength }
        set { sideLength = newValue / 3.0 }
    }
}
let test = Square(sideLength: 5.2, name: "my test square")
print(test.area())
print(test.simpleDescription())
let triangle = EquilateralTriangle(sideLength: 3.1, name: "a triangle")
print(triangle.perimeter)
triangle.perimeter = 9.9
print(triangle.sideLength)
print(triangle.simpleDescription(), triangle.numberOfSides)
