// Checks String(_:radix:uppercase:) for hex, binary and octal, and parsing back.
let numbers = [0, 1, 10, 255, 4096, -42]
for n in numbers {
    print(n, String(n, radix: 2), String(n, radix: 8), String(n, radix: 16))
}
print(String(0xDEADBEEF, radix: 16, uppercase: true))
print(String(UInt8.max, radix: 2))
print(String(35, radix: 36), String(Int.max, radix: 36))
let hex = "7f"
if let value = Int(hex, radix: 16) {
    print("0x\(hex) = \(value)")
}
let literals = [0b1010, 0o17, 0x1F, 1_000]
print(literals)
