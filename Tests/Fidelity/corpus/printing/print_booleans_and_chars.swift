// Checks printing booleans, characters, unicode scalars and boolean expressions.
let isSwiftFun = true
let isItCold = false
print(isSwiftFun, isItCold)
print(!isSwiftFun, isSwiftFun && isItCold, isSwiftFun || isItCold)
print(isSwiftFun.description, Bool(true).hashValue == true.hashValue)
var toggled = false
toggled.toggle()
print(toggled)
let chars: [Character] = ["a", "€", "🎉"]
print(chars)
for c in chars { print(c, terminator: " ") }
print()
print(Unicode.Scalar(97)!, "a".unicodeScalars.first!)
print([true, false, true].filter { $0 }.count)
print("\u{41}\u{42}\u{43}")
