// Checks 2-D arrays: building a grid, transposing and matrix multiplication.
var grid = [[Int]](repeating: [Int](repeating: 0, count: 4), count: 3)
for r in 0..<3 {
    for c in 0..<4 {
        grid[r][c] = r * 4 + c
    }
}
for row in grid {
    print(row.map { String($0) }.joined(separator: "\t"))
}
func transpose(_ m: [[Int]]) -> [[Int]] {
    guard let first = m.first else { return [] }
    return (0..<first.count).map { c in m.map { $0[c] } }
}
print(transpose(grid))
func multiply(_ a: [[Int]], _ b: [[Int]]) -> [[Int]] {
    var result = [[Int]](repeating: [Int](repeating: 0, count: b[0].count), count: a.count)
    for i in 0..<a.count {
        for j in 0..<b[0].count {
            for k in 0..<b.count {
                result[i][j] += a[i][k] * b[k][j]
            }
        }
    }
    return result
}
print(multiply([[1, 2], [3, 4]], [[5, 6], [7, 8]]))
let identity = [[1, 0], [0, 1]]
print(multiply([[9, 8], [7, 6]], identity) == [[9, 8], [7, 6]])
print(grid.map { $0.reduce(0, +) }, grid.flatMap { $0 }.max()!)
