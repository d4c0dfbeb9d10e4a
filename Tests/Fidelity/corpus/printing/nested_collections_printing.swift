// Checks printing nested arrays, arrays of tuples and single-element dictionaries.
let matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(matrix)
for row in matrix {
    print(row.map { String($0) }.joined(separator: " "))
}
let jagged: [[String]] = [["a"], [], ["b", "c"]]
print(jagged)
let deep = [[[1], [2, 3]], [[4]]]
print(deep)
let tuples = [(1, "one"), (2, "two")]
print(tuples)
let doubles = [[0.5, 1.0], [2.25]]
print(doubles)
let single = ["k": [1, 2]]
print(single)
let chars: [[Character]] = [["x", "y"], ["z"]]
print(chars)
