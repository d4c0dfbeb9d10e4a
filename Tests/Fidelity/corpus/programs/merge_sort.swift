// Checks a recursive merge sort on arrays with array slicing and merging.
func merge(_ left: [Int], _ right: [Int]) -> [Int] {
    var result: [Int] = []
    result.reserveCapacity(left.count + right.count)
    var i = 0, j = 0
    while i < left.count && j < right.count {
        if left[i] <= right[j] {
            result.append(left[i]); i += 1
        } else {
            result.append(right[j]); j += 1
        }
    }
    result += left[i...]
    result += right[j...]
    return result
}

func mergeSort(_ a: [Int]) -> [Int] {
    if a.count <= 1 { return a }
    let mid = a.count / 2
    return merge(mergeSort(Array(a[..<mid])), mergeSort(Array(a[mid...])))
}

print(mergeSort([38, 27, 43, 3, 9, 82, 10]))
print(mergeSort([1]))
print(mergeSort([]))
print(mergeSort([5, 5, -5, 0, 5]))
print(merge([1, 4, 7], [2, 3, 8, 9]))
let descending = Array((1...12).reversed())
print(mergeSort(descending))
