// Checks compactMapValues dropping nil results and converting string values to Int.
let raw = ["a": "1", "b": "two", "c": "3", "d": "", "e": "42"]
let parsed = raw.compactMapValues { Int($0) }
print(parsed.count)
for key in parsed.keys.sorted() {
    print(key, parsed[key]!)
}
let optionalAges: [String: Int?] = ["Ann": 30, "Bob": nil, "Cat": 25]
let known = optionalAges.compactMapValues { $0 }
print(known.keys.sorted())
print(known["Bob"] as Any)
print(optionalAges.count, known.count)
let one = ["x": "7"].compactMapValues(Int.init)
print(one)
