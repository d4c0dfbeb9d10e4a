// Type annotations and conversions
let d: Double = 1
let f: Float = 2.5
let arr: [Double] = [1, 2, 3]
print(d, f, arr, Int(3.9), Double(7) / 2, Int("12") ?? 0)
let mixed = [1, 2.5]
print(mixed, type(of: 3), 5 as Double)
var optionalName: String? = "A"
optionalName = nil
print(optionalName ?? "none", optionalName == nil)
