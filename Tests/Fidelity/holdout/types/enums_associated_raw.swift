// Checks enums with raw values, associated values, CaseIterable and switch.
enum CompassPoint: String, CaseIterable {
    case north, south, east, west
}
print(CompassPoint.allCases.count)
print(CompassPoint.allCases.map { $0.rawValue })
print(CompassPoint(rawValue: "east") as Any, CompassPoint(rawValue: "up") as Any)
enum Planet: Int {
    case mercury = 1, venus, earth, mars
}
print(Planet.earth.rawValue, Planet(rawValue: 4)!)
enum Barcode {
    case upc(Int, Int, Int, Int)
    case qrCode(String)
}
var productBarcode = Barcode.upc(8, 85909, 51226, 3)
func show(_ code: Barcode) {
    switch code {
    case let .upc(numberSystem, manufacturer, product, check):
        print("UPC: \(numberSystem), \(manufacturer), \(product), \(check).")
    case .qrCode(let productCode):
        print("QR code: \(productCode).")
    }
}
show(productBarcode)
productBarcode = .qrCode("ABCDEFGHIJKLMNOP")
show(productBarcode)
print(productBarcode)
print(Barcode.upc(1, 2, 3, 4))
enum ASCIIControlCharacter: Character {
    case tab = "\t"
    case lineFeed = "\n"
}
print(ASCIIControlCharacter.lineFeed.rawValue == "\n")
let direction = CompassPoint.west
if case .west = direction { print("heading west") }
print(direction, direction == .north)
