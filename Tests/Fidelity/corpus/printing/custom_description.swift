// Checks printing structs, enums and classes with and without CustomStringConvertible.
struct Point { var x: Int; var y: Int }
print(Point(x: 1, y: 2))
struct Temperature: CustomStringConvertible {
    var celsius: Double
    var description: String { "\(celsius)°C" }
}
print(Temperature(celsius: 21.5))
print([Temperature(celsius: 0), Temperature(celsius: -3)])
enum Direction { case north, south }
print(Direction.north, [Direction.south])
enum Planet: Int { case mercury = 1, venus }
print(Planet.venus, Planet.venus.rawValue)
enum Barcode { case upc(Int, Int), qr(String) }
print(Barcode.upc(8, 85909), Barcode.qr("ABC"))
print("Interpolated: \(Point(x: 3, y: 4))")
let maybePoint: Point? = Point(x: 0, y: 0)
print(maybePoint as Any)
