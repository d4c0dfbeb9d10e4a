// Checks building an aligned multiplication table with print terminators.
func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return String(repeating: " ", count: max(0, width - s.count)) + s
}
print("   |", terminator: "")
for c in 1...6 { print(pad(c, 4), terminator: "") }
print()
print(String(repeating: "-", count: 4 + 6 * 4))
for r in 1...6 {
    print(pad(r, 2), "|", terminator: "")
    for c in 1...6 {
        print(pad(r * c, 4), terminator: "")
    }
    print()
}
