// Checks numeric literal forms: binary, octal, hex, exponents, hex floats and underscores.
let decimalInteger = 17
let binaryInteger = 0b10001
let octalInteger = 0o21
let hexadecimalInteger = 0x11
print(decimalInteger, binaryInteger, octalInteger, hexadecimalInteger)
print(1.25e2, 1.25e-2)
print(0xFp2, 0xFp-2)
let decimalDouble = 12.1875
let exponentDouble = 1.21875e1
let hexadecimalDouble = 0xC.3p0
print(decimalDouble, exponentDouble, hexadecimalDouble)
let paddedDouble = 000123.456
let oneMillion = 1_000_000
let justOverOneMillion = 1_000_000.000_000_1
print(paddedDouble, oneMillion, justOverOneMillion)
let typed: Double = 3
print(typed, type(of: typed), type(of: 3), type(of: 3.0))
