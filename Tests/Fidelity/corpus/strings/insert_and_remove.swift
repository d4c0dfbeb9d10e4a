// Checks insert(_:at:), insert(contentsOf:at:), remove(at:) and removeSubrange.
var welcome = "hello"
welcome.insert("!", at: welcome.endIndex)
print(welcome)
welcome.insert(contentsOf: " there", at: welcome.index(before: welcome.endIndex))
print(welcome)
let removed = welcome.remove(at: welcome.index(before: welcome.endIndex))
print(removed, welcome)
let range = welcome.index(welcome.endIndex, offsetBy: -6)..<welcome.endIndex
welcome.removeSubrange(range)
print(welcome)
var s = "abcdef"
s.removeFirst()
s.removeLast(2)
print(s)
s.removeAll()
print("[\(s)]", s.isEmpty)
var t = "x-y-z"
t.removeAll { $0 == "-" }
print(t)
