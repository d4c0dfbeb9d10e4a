// Checks building Pascal's triangle row by row and printing it centered with padding.
func pascal(rows: Int) -> [[Int]] {
    var triangle: [[Int]] = []
    for r in 0..<rows {
        var row = [Int](repeating: 1, count: r + 1)
        if r >= 2 {
            for i in 1..<r {
                row[i] = triangle[r - 1][i - 1] + triangle[r - 1][i]
            }
        }
        triangle.append(row)
    }
    return triangle
}

let t = pascal(rows: 7)
let width = t.last!.map(String.init).joined(separator: " ").count
for row in t {
    let line = row.map(String.init).joined(separator: " ")
    let pad = String(repeating: " ", count: (width - line.count) / 2)
    print(pad + line)
}
print(pascal(rows: 11).last!)
print(pascal(rows: 10).map { $0.reduce(0, +) })
print(pascal(rows: 0))
