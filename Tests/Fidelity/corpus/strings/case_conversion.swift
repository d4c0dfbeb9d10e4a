// Checks uppercased(), lowercased() and case-insensitive comparison.
let title = "The Swift Programming Language"
print(title.uppercased())
print(title.lowercased())
let mixed = "sWiFt"
print(mixed.lowercased() == "swift")
let german = "straße"
print(german.uppercased())
let names = ["bob", "Alice", "carol", "Dave"]
print(names.sorted())
print(names.sorted { $0.lowercased() < $1.lowercased() })
let capitalizedFirst = names.map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }
print(capitalizedFirst)
let ch: Character = "q"
print(ch.uppercased(), Character("Z").lowercased())
