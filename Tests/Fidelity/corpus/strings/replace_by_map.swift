// Checks replacing characters using map, filter and replacingOccurrences-free techniques.
let original = "hello world"
let replaced = String(original.map { $0 == "o" ? "0" : $0 })
print(replaced)
let noSpaces = original.filter { $0 != " " }
print(noSpaces)
let leet: [Character: Character] = ["e": "3", "l": "1", "o": "0"]
let leetText = String(original.map { leet[$0] ?? $0 })
print(leetText)

func replace(_ s: String, _ target: String, with replacement: String) -> String {
    s.split(separator: Character(target), omittingEmptySubsequences: false)
        .joined(separator: replacement)
}
print(replace("a-b-c--d", "-", with: " + "))
let snake = "myVariableName".map { $0.isUppercase ? "_" + $0.lowercased() : String($0) }.joined()
print(snake)
var doubled = ""
for ch in "abc" { doubled += String(repeating: ch, count: 2) }
print(doubled)
