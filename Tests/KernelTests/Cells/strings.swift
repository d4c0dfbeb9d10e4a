let s = "Hello, Swift"
print(s.count, s.uppercased(), s.lowercased(), s.hasPrefix("Hell"), s.contains("Swift"))
// expect: 12 HELLO, SWIFT hello, swift true true
let name = "Ada"
let age = 36
print("\(name) is \(age) years old; next year \(age + 1).")
// expect: Ada is 36 years old; next year 37.
print("tab\tquote\" backslash\\ unicode \u{1F600}")
// expect: tab	quote" backslash\ unicode 😀
let multi = """
    line one
      indented
    line three
    """
print(multi)
// expect: line one
// expect:   indented
// expect: line three
print("é".count, "👨‍👩‍👧".count)
// expect: 1 1
print(s.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
// expect: ["Hello", "Swift"]
print(String(s.reversed()), Array("abc"), s.first!, s.prefix(5))
// expect: tfiwS ,olleH ["a", "b", "c"] H Hello
var t = "a"
t += "b"
t.append(contentsOf: "")
print(t, t + "c", String(repeating: "ab", count: 3))
// expect: ab abc ababab
print(String(format: "%.2f|%5d|%-4s|%x", 3.14159, 42, "ab", 255))
// expect: 3.14|   42|ab  |ff
print(Int("42")!, Int("x") == nil, Double("2.5")!, String(7), String(3.0))
// expect: 42 true 2.5 7 3.0
print(s.replacingOccurrences(of: "Swift", with: "World"), s.components(separatedBy: ", "))
// expect: Hello, World ["Hello", "Swift"]
for c in "hi" { print(c, c.isLetter) }
// expect: h true
// expect: i true
print("abc" < "abd", "a" == "a", ["x": "y"])
// expect: true true ["x": "y"]
// ---
// Diagnostics go to stderr with the usual Swift idiom.
print("to stderr", 1, to: &standardError)
print("to stdout")
// expect: to stdout
