// Checks a functional quicksort with filter and an in-place Lomuto partition version.
func quicksort<T: Comparable>(_ a: [T]) -> [T] {
    guard a.count > 1 else { return a }
    let pivot = a[a.count / 2]
    let less = a.filter { $0 < pivot }
    let equal = a.filter { $0 == pivot }
    let greater = a.filter { $0 > pivot }
    return quicksort(less) + equal + quicksort(greater)
}

func quicksortInPlace(_ a: inout [Int], _ low: Int, _ high: Int) {
    if low >= high { return }
    let pivot = a[high]
    var i = low
    for j in low..<high where a[j] <= pivot {
        a.swapAt(i, j)
        i += 1
    }
    a.swapAt(i, high)
    quicksortInPlace(&a, low, i - 1)
    quicksortInPlace(&a, i + 1, high)
}

let list = [10, 0, 3, 9, 2, 14, 8, 27, 1, 5, 8, -1, 26]
print(quicksort(list))
print(quicksort(["delta", "alpha", "charlie", "bravo"]))
var copy = list
quicksortInPlace(&copy, 0, copy.count - 1)
print(copy)
print(copy == quicksort(list))
