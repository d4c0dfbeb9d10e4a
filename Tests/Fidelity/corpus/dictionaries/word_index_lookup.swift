// Checks building an inverted index [String: [Int]] and looking up words with if let.
let lines = ["the sun is hot", "the moon is cold", "hot tea"]
var index: [String: [Int]] = [:]
for (number, line) in lines.enumerated() {
    for word in line.split(separator: " ") {
        index[String(word), default: []].append(number)
    }
}
for query in ["hot", "is", "the", "rain"] {
    if let found = index[query] {
        print("\(query) -> lines \(found)")
    } else {
        print("\(query) -> not found")
    }
}
print(index.keys.sorted().joined(separator: " "))
