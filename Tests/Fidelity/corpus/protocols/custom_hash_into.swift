// Checks a hand-written hash(into:) and == so that case-insensitive keys collide.
struct Tag: Hashable {
    let text: String

    static func == (lhs: Tag, rhs: Tag) -> Bool {
        lhs.text.lowercased() == rhs.text.lowercased()
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(text.lowercased())
    }
}

let raw = ["Swift", "swift", "Jupyter", "SWIFT", "jupyter", "Kernel"]
let unique = Set(raw.map { Tag(text: $0) })
print(unique.count)
print(unique.map { $0.text.lowercased() }.sorted())

var counts: [Tag: Int] = [:]
for word in raw {
    counts[Tag(text: word), default: 0] += 1
}
for key in counts.keys.sorted(by: { $0.text.lowercased() < $1.text.lowercased() }) {
    print(key.text.lowercased(), counts[key]!)
}
print(Tag(text: "KERNEL") == Tag(text: "kernel"))
