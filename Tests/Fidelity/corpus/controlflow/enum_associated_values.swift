// Checks switch over enums with associated values, let bindings and where clauses.
enum Barcode {
    case upc(Int, Int, Int, Int)
    case qrCode(String)
}
let codes: [Barcode] = [.upc(8, 85909, 51226, 3), .qrCode("ABCDEFGHIJKLMNOP")]
for productBarcode in codes {
    switch productBarcode {
    case let .upc(numberSystem, manufacturer, product, check):
        print("UPC : \(numberSystem), \(manufacturer), \(product), \(check).")
    case .qrCode(let productCode):
        print("QR code: \(productCode).")
    }
}
enum Shape {
    case circle(radius: Double)
    case rectangle(width: Double, height: Double)
}
let shapes: [Shape] = [.circle(radius: 1.5), .rectangle(width: 2, height: 2), .rectangle(width: 3, height: 1)]
for shape in shapes {
    switch shape {
    case .circle(let r):
        print("circle with area \(3.0 * r * r)")
    case .rectangle(let w, let h) where w == h:
        print("square of side \(w)")
    case let .rectangle(w, h):
        print("rectangle \(w)x\(h)")
    }
}
if case .circle(let r) = shapes[0] {
    print("first shape is a circle of radius \(r)")
}
