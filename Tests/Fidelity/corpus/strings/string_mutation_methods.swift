// Checks mutating strings with append, replaceSubrange, and in-place loops over words.
var s = "Hello"
s.append(", ")
s.append("World")
print(s)
if let start = s.firstIndex(of: "W") {
    s.replaceSubrange(start..<s.endIndex, with: "Swift")
}
print(s)
var words = ["alpha", "beta", "gamma"]
for i in words.indices {
    words[i] = words[i].uppercased() + "!"
}
print(words)
var acronym = ""
for w in ["portable", "network", "graphics"] {
    acronym.append(w.first!)
}
print(acronym.uppercased())
var counter = ""
for n in 1...5 { counter += "\(n)" }
print(counter, counter.count)
