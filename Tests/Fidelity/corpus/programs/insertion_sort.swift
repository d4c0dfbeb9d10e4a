// Checks a generic insertion sort with a custom comparison closure.
func insertionSort<T>(_ array: [T], by areInIncreasingOrder: (T, T) -> Bool) -> [T] {
    var a = array
    for i in 1..<max(a.count, 1) {
        let key = a[i]
        var j = i - 1
        while j >= 0 && areInIncreasingOrder(key, a[j]) {
            a[j + 1] = a[j]
            j -= 1
        }
        a[j + 1] = key
    }
    return a
}

print(insertionSort([5, 2, 9, 1, 5, 6], by: <))
print(insertionSort([5, 2, 9, 1, 5, 6], by: >))
print(insertionSort(["pear", "Apple", "banana", "cherry"], by: <))
print(insertionSort(["pear", "Apple", "banana", "cherry"]) { $0.lowercased() < $1.lowercased() })
print(insertionSort([3.5, -1.0, 2.25], by: <))
print(insertionSort([Int](), by: <))
print(insertionSort(["ccc", "a", "bb"]) { $0.count < $1.count })
