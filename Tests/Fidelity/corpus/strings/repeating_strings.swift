// Checks String(repeating:count:) for building simple text art.
let line = String(repeating: "-", count: 20)
print(line)
for row in 1...4 {
    let spaces = String(repeating: " ", count: 4 - row)
    let stars = String(repeating: "*", count: 2 * row - 1)
    print(spaces + stars)
}
print(line)
print(String(repeating: "ab", count: 3))
print("[\(String(repeating: "x", count: 0))]")
let ch: Character = "="
print(String(repeating: ch, count: 5))
let box = ["Swift", "is", "fun"]
let width = box.map { $0.count }.max()! + 2
print("+" + String(repeating: "-", count: width) + "+")
for w in box {
    print("| " + w + String(repeating: " ", count: width - w.count - 1) + "|")
}
print("+" + String(repeating: "-", count: width) + "+")
