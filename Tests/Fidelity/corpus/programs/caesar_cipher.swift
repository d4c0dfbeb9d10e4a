// Checks a Caesar cipher with unicode scalars, preserving case and non-letters, plus ROT13.
func shift(_ c: Character, by k: Int) -> Character {
    guard let ascii = c.asciiValue, c.isLetter else { return c }
    let base: UInt8 = c.isUppercase ? 65 : 97
    let offset = (Int(ascii - base) + k % 26 + 26) % 26
    return Character(UnicodeScalar(base + UInt8(offset)))
}

func caesar(_ text: String, _ k: Int) -> String {
    String(text.map { shift($0, by: k) })
}

let message = "Hello, World! Meet at 10pm."
let secret = caesar(message, 3)
print(secret)
print(caesar(secret, -3))
print(caesar("xyz XYZ", 4))
let rot13 = caesar("Why did the chicken cross the road?", 13)
print(rot13)
print(caesar(rot13, 13))
print(caesar("abc", 29) == caesar("abc", 3))
