// Checks joined(), joined(separator:) on string arrays and joined() on nested arrays.
let words = ["The", "quick", "brown", "fox"]
print(words.joined(separator: " "))
print(words.joined())
print(words.joined(separator: ", "))
let csv = [1, 2, 3, 4].map(String.init).joined(separator: ",")
print(csv)
let nested = [[1, 2], [3], [], [4, 5, 6]]
let flat = Array(nested.joined())
print(flat)
let withZero = Array(nested.joined(separator: [0]))
print(withZero)
let lines = ["line one", "line two"].joined(separator: "\n")
print(lines)
let empty: [String] = []
print("[" + empty.joined(separator: "-") + "]")
print(["only"].joined(separator: "+"))
