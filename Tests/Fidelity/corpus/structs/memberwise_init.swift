// Checks memberwise initializers, including defaulted properties that may be omitted.
struct Resolution {
    var width = 0
    var height = 0
}
struct Size {
    var width: Double
    var height: Double = 1.0
}

let vga = Resolution(width: 640, height: 480)
let zero = Resolution()
let onlyWidth = Resolution(width: 1920)
print("vga: \(vga.width)x\(vga.height)")
print("zero: \(zero.width)x\(zero.height)")
print("onlyWidth: \(onlyWidth.width)x\(onlyWidth.height)")

let s1 = Size(width: 2.5)
let s2 = Size(width: 3, height: 4)
print(s1.width * s1.height, s2.width * s2.height)
print(vga)
print(s2)
