// Checks 2-D arrays: nested literals, Array(repeating:) grids, nested indexing and mutation.
var grid = Array(repeating: Array(repeating: 0, count: 4), count: 3)
for row in 0..<3 {
    for col in 0..<4 {
        grid[row][col] = row * 4 + col
    }
}
print(grid)
for row in grid {
    print(row.map { String($0) }.joined(separator: "\t"))
}
let matrix: [[Int]] = [[1, 2, 3], [4, 5, 6]]
print(matrix[1][2])
print(matrix.count, matrix[0].count)
var board = [["."," ","."], [" ", "X", " "], [".", " ", "."]]
board[0][1] = "O"
for line in board {
    print(line.joined())
}
let rowSums = matrix.map { $0.reduce(0, +) }
print(rowSums)
var jagged: [[String]] = [[], ["a"], ["b", "c"]]
jagged[0].append("z")
print(jagged)
