// Checks associated values extracted in switch with let bindings, both inside and outside the pattern.
enum Barcode {
    case upc(Int, Int, Int, Int)
    case qrCode(String)
}
var productBarcode = Barcode.upc(8, 85909, 51226, 3)
func show(_ code: Barcode) {
    switch code {
    case .upc(let numberSystem, let manufacturer, let product, let check):
        print("UPC: \(numberSystem), \(manufacturer), \(product), \(check).")
    case .qrCode(let productCode):
        print("QR code: \(productCode).")
    }
}
show(productBarcode)
productBarcode = .qrCode("ABCDEFGHIJKLMNOP")
show(productBarcode)

switch productBarcode {
case let .upc(numberSystem, manufacturer, product, check):
    print("UPC : \(numberSystem), \(manufacturer), \(product), \(check).")
case let .qrCode(productCode):
    print("QR code length \(productCode.count)")
}

if case .qrCode(let s) = productBarcode, s.hasPrefix("ABC") {
    print("starts with ABC")
}
