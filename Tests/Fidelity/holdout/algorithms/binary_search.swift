// Checks iterative and recursive binary search and a lower-bound search.
func binarySearch(_ a: [Int], _ target: Int) -> Int? {
    var low = 0, high = a.count - 1
    while low <= high {
        let mid = (low + high) / 2
        if a[mid] == target { return mid }
        if a[mid] < target { low = mid + 1 } else { high = mid - 1 }
    }
    return nil
}
func recursiveSearch(_ a: [Int], _ target: Int, _ range: Range<Int>) -> Int? {
    if range.isEmpty { return nil }
    let mid = range.lowerBound + range.count / 2
    if a[mid] == target { return mid }
    return a[mid] < target ? recursiveSearch(a, target, (mid + 1)..<range.upperBound)
                           : recursiveSearch(a, target, range.lowerBound..<mid)
}
func lowerBound(_ a: [Int], _ target: Int) -> Int {
    var lo = 0, hi = a.count
    while lo < hi {
        let mid = (lo + hi) / 2
        if a[mid] < target { lo = mid + 1 } else { hi = mid }
    }
    return lo
}
let sorted = [1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
for t in [7, 1, 19, 4, 20] {
    let i = binarySearch(sorted, t)
    let r = recursiveSearch(sorted, t, 0..<sorted.count)
    print("\(t): iterative \(i.map(String.init) ?? "not found"), recursive \(r.map(String.init) ?? "not found")")
}
print([0, 4, 10, 25].map { lowerBound(sorted, $0) })
var steps = 0
var lo = 1, hi = 1000
let secret = 737
while true {
    steps += 1
    let guess = (lo + hi) / 2
    if guess == secret { print("found \(guess) in \(steps) steps"); break }
    if guess < secret { lo = guess + 1 } else { hi = guess - 1 }
}
