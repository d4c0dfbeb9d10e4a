// Checks hand-written bubble sort, insertion sort, merge sort and quicksort.
func bubbleSort(_ input: [Int]) -> [Int] {
    var a = input
    for i in 0..<a.count {
        for j in 0..<(a.count - 1 - i) where a[j] > a[j + 1] {
            a.swapAt(j, j + 1)
        }
    }
    return a
}
func insertionSort(_ input: [Int]) -> [Int] {
    var a = input
    for i in 1..<a.count {
        var j = i
        let key = a[i]
        while j > 0 && a[j - 1] > key {
            a[j] = a[j - 1]
            j -= 1
        }
        a[j] = key
    }
    return a
}
func mergeSort(_ a: [Int]) -> [Int] {
    guard a.count > 1 else { return a }
    let mid = a.count / 2
    let left = mergeSort(Array(a[..<mid])), right = mergeSort(Array(a[mid...]))
    var result: [Int] = [], i = 0, j = 0
    while i < left.count && j < right.count {
        if left[i] <= right[j] { result.append(left[i]); i += 1 } else { result.append(right[j]); j += 1 }
    }
    return result + left[i...] + right[j...]
}
func quickSort(_ a: [Int]) -> [Int] {
    guard let pivot = a.first else { return [] }
    let rest = a.dropFirst()
    return quickSort(rest.filter { $0 < pivot }) + [pivot] + quickSort(rest.filter { $0 >= pivot })
}
let data = [38, 27, 43, 3, 9, 82, 10, 3, -5]
print(bubbleSort(data))
print(insertionSort(data))
print(mergeSort(data))
print(quickSort(data))
print(bubbleSort(data) == data.sorted())
