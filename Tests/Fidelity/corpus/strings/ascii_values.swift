// Checks Character.asciiValue, isASCII and building characters from UInt8 codes.
let letters: [Character] = ["A", "a", "0", " ", "~", "é"]
for ch in letters {
    if let code = ch.asciiValue {
        print("\(ch) -> \(code)")
    } else {
        print("\(ch) is not ASCII")
    }
}
print(Character("z").isASCII, Character("ü").isASCII)

var alphabet = ""
for code in UInt8(65)...UInt8(70) {
    alphabet.append(Character(UnicodeScalar(code)))
}
print(alphabet)

func caesar(_ text: String, shift: UInt8) -> String {
    String(text.map { ch -> Character in
        guard let v = ch.asciiValue, ch.isLowercase else { return ch }
        return Character(UnicodeScalar((v - 97 + shift) % 26 + 97))
    })
}
print(caesar("hello, world", shift: 3))
