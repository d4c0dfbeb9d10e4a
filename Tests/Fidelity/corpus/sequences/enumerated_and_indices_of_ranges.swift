// Checks enumerated() on ranges and strings, reversed ranges and stride with enumerated.
for (i, ch) in "abc".enumerated() {
    print(i, ch)
}
for (i, n) in (10...12).enumerated() {
    print("\(i): \(n)")
}
print(Array((1...4).reversed()))
for (i, t) in stride(from: 100, to: 70, by: -10).enumerated() {
    print("step \(i) -> \(t)")
}
let running = (1...5).reduce(into: [Int]()) { acc, n in acc.append(n + (acc.last ?? 0)) }
print(running)
let letters = (0..<5).map { i in Character(UnicodeScalar(97 + i)!) }
print(String(letters))
