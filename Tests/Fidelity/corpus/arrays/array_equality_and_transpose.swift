// Checks == on arrays and nested arrays, elementsEqual, and a matrix transpose.
let a = [1, 2, 3]
let b = [1, 2, 3]
let c = [3, 2, 1]
print(a == b, a == c, a != c)
print(a == c.reversed())
print(a.elementsEqual(c.reversed()))
print([[1], [2, 3]] == [[1], [2, 3]])
print([String]() == [])

let matrix = [[1, 2, 3], [4, 5, 6]]
var transposed = [[Int]]()
for col in 0..<matrix[0].count {
    var newRow = [Int]()
    for row in matrix {
        newRow.append(row[col])
    }
    transposed.append(newRow)
}
print(transposed)
let viaMap = (0..<matrix[0].count).map { col in matrix.map { $0[col] } }
print(viaMap == transposed)
print(a.starts(with: [1, 2]))
