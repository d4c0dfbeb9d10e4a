let s = "Hello, Swift"
print(s.count, s.uppercased(), s.lowercased(), s.hasPrefix("Hell"), s.contains("Swift"))
let name = "Ada"
let age = 36
print("\(name) is \(age) years old; next year \(age + 1).")
print("tab\tquote\" backslash\\ unicode \u{1F600}")
let multi = """
    line one
      indented
    line three
    """
print(multi)
print("é".count, "👨‍👩‍👧".count)
print(s.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
print(String(s.reversed()), Array("abc"), s.first!, s.prefix(5))
var t = "a"
t += "b"
t.append(contentsOf: "")
print(t, t + "c", String(repeating: "ab", count: 3))
print(String(format: "%.2f|%5d|%-4s|%x", 3.14159, 42, "ab", 255))
print(Int("42")!, Int("x") == nil, Double("2.5")!, String(7), String(3.0))
print(s.replacingOccurrences(of: "Swift", with: "World"), s.components(separatedBy: ", "))
for c in "hi" { print(c, c.isLetter) }
print("abc" < "abd", "a" == "a", ["x": "y"])
