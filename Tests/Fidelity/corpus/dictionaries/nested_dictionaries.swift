// Checks nested dictionaries: [String: [String: Int]] reads, writes and sorted traversal.
var grades: [String: [String: Int]] = [
    "alice": ["math": 90, "art": 85],
    "bob": ["math": 72],
]
grades["bob"]?["art"] = 95
grades["carol", default: [:]]["math"] = 88
print(grades["alice"]?["math"] as Any)
print(grades["dave"]?["math"] as Any)
for student in grades.keys.sorted() {
    let subjects = grades[student]!
    let parts = subjects.keys.sorted().map { "\($0)=\(subjects[$0]!)" }
    print("\(student): \(parts.joined(separator: ", "))")
}
let totals = grades.mapValues { $0.values.reduce(0, +) }
for (s, t) in totals.sorted(by: { $0.key < $1.key }) {
    print(s, t)
}
print(grades["carol"]!)
