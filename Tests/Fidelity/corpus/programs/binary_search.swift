// Checks iterative and recursive binary search returning an optional index.
func binarySearch(_ a: [Int], _ target: Int) -> Int? {
    var low = 0
    var high = a.count - 1
    while low <= high {
        let mid = low + (high - low) / 2
        if a[mid] == target {
            return mid
        } else if a[mid] < target {
            low = mid + 1
        } else {
            high = mid - 1
        }
    }
    return nil
}

func search<T: Comparable>(_ a: [T], _ key: T, _ range: Range<Int>) -> Int? {
    if range.isEmpty { return nil }
    let mid = range.lowerBound + range.count / 2
    if a[mid] == key { return mid }
    return a[mid] < key ? search(a, key, (mid + 1)..<range.upperBound) : search(a, key, range.lowerBound..<mid)
}

let sorted = [1, 3, 4, 7, 9, 11, 15, 20, 21, 30]
for t in [7, 1, 30, 8, 0, 31] {
    if let i = binarySearch(sorted, t) {
        print("\(t) found at index \(i)")
    } else {
        print("\(t) not found")
    }
}
let names = ["ada", "bob", "eve", "kim", "zed"]
print(search(names, "kim", 0..<names.count) as Any)
print(search(names, "joe", names.indices) as Any)
