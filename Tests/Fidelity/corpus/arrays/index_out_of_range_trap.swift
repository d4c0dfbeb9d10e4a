// Checks output before a runtime trap: reading past the end of an array.
func lookup(_ values: [Int], at index: Int) -> Int {
    return values[index]
}
let scores = [90, 85, 77]
for i in 0..<scores.count {
    print("score \(i): \(lookup(scores, at: i))")
}
print("now reading index \(scores.count)")
let missing = lookup(scores, at: scores.count)
print("never printed: \(missing)")
