// Checks matrix multiplication, transpose and identity using [[Double]].
typealias Matrix = [[Double]]

func multiply(_ a: Matrix, _ b: Matrix) -> Matrix {
    let n = a.count, m = b[0].count, k = b.count
    var c = Matrix(repeating: [Double](repeating: 0, count: m), count: n)
    for i in 0..<n {
        for j in 0..<m {
            for x in 0..<k {
                c[i][j] += a[i][x] * b[x][j]
            }
        }
    }
    return c
}

func transpose(_ a: Matrix) -> Matrix {
    (0..<a[0].count).map { j in a.map { $0[j] } }
}

func identity(_ n: Int) -> Matrix {
    (0..<n).map { i in (0..<n).map { j in i == j ? 1.0 : 0.0 } }
}

let a: Matrix = [[1, 2, 3], [4, 5, 6]]
let b: Matrix = [[7, 8], [9, 10], [11, 12]]
let product = multiply(a, b)
for row in product {
    print(row)
}
print(transpose(a))
print(multiply(product, identity(2)) == product)
let rotation: Matrix = [[0, -1], [1, 0]]
print(multiply(multiply(rotation, rotation), [[1.5], [0.5]]))
print(multiply([[0.1, 0.2]], [[0.3], [0.4]]))
