// Checks the nil-coalescing operator ?? including chains and use with function results.
let defaultColorName = "red"
var userDefinedColorName: String?

var colorNameToUse = userDefinedColorName ?? defaultColorName
print(colorNameToUse)

userDefinedColorName = "green"
colorNameToUse = userDefinedColorName ?? defaultColorName
print(colorNameToUse)

let a: Int? = nil
let b: Int? = nil
let c: Int? = 5
print(a ?? b ?? c ?? 0)
print(a ?? b ?? 0)

let scores = ["amy": 90, "bob": 72]
for name in ["amy", "bob", "cat"] {
    let s = scores[name] ?? 0
    print("\(name): \(s)")
}
let total = (scores["amy"] ?? 0) + (scores["zed"] ?? 0)
print("total = \(total)")
print(Int("12") ?? -1, Int("twelve") ?? -1)
