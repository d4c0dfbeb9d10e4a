// Literals, arithmetic, let/var, print
let a = 2 + 3 * 4
print(a)
var b = 10
b -= 3
b *= 2
print(b, a, separator: ", ")
print(7 / 2, 7 % 3, -7 / 2, 2.5 * 2)
print(1_000_000, 0xff, 0b101, 1e3)
let x: Double = 3
print(x / 2)
print(10.0 / 4, 1 + 0.5)
print(true && !false, 3 < 2 || 2 <= 2)
print(5 & 3, 5 | 3, 5 ^ 3, 1 << 4, -16 >> 2, ~0)
print("a" + "b", "x", terminator: "!\n")
