// Checks keys and values collections: sorted(), count, contains and Array conversion.
let scores = ["math": 91, "art": 78, "history": 85, "biology": 88]
let subjects = scores.keys.sorted()
print(subjects)
let marks = scores.values.sorted()
print(marks)
print(scores.keys.count, scores.values.count)
print(scores.keys.contains("art"), scores.keys.contains("music"))
print(scores.values.contains(85))
let maxMark = scores.values.max()!
print(maxMark)
let sum = scores.values.reduce(0, +)
print("sum \(sum)")
let upperKeys = scores.keys.map { $0.uppercased() }.sorted()
print(upperKeys)
let single = ["only": 1]
print(Array(single.keys), Array(single.values))
