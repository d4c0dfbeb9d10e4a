// Checks iterating over unicodeScalars, utf8 and utf16 views.
let dogString = "Dog‼🐶"
for codeUnit in dogString.utf8 {
    print("\(codeUnit) ", terminator: "")
}
print("")
for codeUnit in dogString.utf16 {
    print("\(codeUnit) ", terminator: "")
}
print("")
for scalar in dogString.unicodeScalars {
    print("\(scalar.value) ", terminator: "")
}
print("")
for scalar in dogString.unicodeScalars {
    print("\(scalar) ")
}
let s = Unicode.Scalar(0x1F600)!
print(s, s.value, s.isASCII)
print(Unicode.Scalar("A").value)
