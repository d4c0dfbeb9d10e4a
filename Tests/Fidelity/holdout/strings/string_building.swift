// Checks building strings in loops, padding and a simple table.
let rows = [("Apples", 3, 0.5), ("Bananas", 12, 0.25), ("Cherries", 100, 0.1)]
func pad(_ s: String, _ width: Int) -> String {
    s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
}
func padLeft(_ s: String, _ width: Int) -> String {
    s.count >= width ? s : String(repeating: " ", count: width - s.count) + s
}
print(pad("Item", 10) + padLeft("Qty", 5) + padLeft("Total", 8))
var grand = 0.0
for (name, qty, price) in rows {
    let total = Double(qty) * price
    grand += total
    print(pad(name, 10) + padLeft(String(qty), 5) + padLeft("\(total)", 8))
}
print(String(repeating: "-", count: 23))
print(pad("Sum", 15) + padLeft("\(grand)", 8))
var line = ""
for i in 1...10 {
    line += i % 2 == 0 ? "#" : "."
}
print(line)
var triangle = [String]()
for n in 1...4 { triangle.append(String(repeating: "*", count: n)) }
print(triangle.joined(separator: "\n"))
