// Checks that arrays and dictionaries are copied on assignment (value semantics).
var original = [1, 2, 3]
var copy = original
copy.append(4)
copy[0] = 100
print("original: \(original)")
print("copy: \(copy)")
func appendZero(_ arr: [Int]) -> [Int] {
    var arr = arr
    arr.append(0)
    return arr
}
print(appendZero(original), original)
func appendInPlace(_ arr: inout [Int]) {
    arr.append(-1)
}
appendInPlace(&original)
print(original)
var d1 = ["a": 1]
var d2 = d1
d2["a"] = 2
print(d1["a"]!, d2["a"]!)
var matrix = [[0, 0], [0, 0]]
var row = matrix[0]
row[1] = 5
matrix[1][0] = 7
print(matrix, row)
let frozen = original
print(frozen == original, frozen.count)
d1["b"] = 2
print(d1.count, d2.count)
