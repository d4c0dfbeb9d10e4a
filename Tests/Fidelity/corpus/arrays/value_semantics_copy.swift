// Checks that arrays are values: copies are independent after mutation, including in functions.
var original = [1, 2, 3]
var copy = original
copy.append(4)
copy[0] = 100
print("original: \(original)")
print("copy: \(copy)")

func doubled(_ values: [Int]) -> [Int] {
    var values = values
    for i in values.indices {
        values[i] *= 2
    }
    return values
}
let result = doubled(original)
print(original, result)

func appendZero(_ values: inout [Int]) {
    values.append(0)
}
appendZero(&original)
print(original)

var nested = [[1], [2]]
var nestedCopy = nested
nestedCopy[0].append(9)
print(nested, nestedCopy)
nested = nestedCopy
print(nested == nestedCopy)
