// Checks bubble sort with early exit, counting passes and swaps.
func bubbleSort(_ input: [Int]) -> (sorted: [Int], passes: Int, swaps: Int) {
    var a = input
    var passes = 0, swaps = 0
    var swapped = true
    while swapped {
        swapped = false
        passes += 1
        for i in 0..<max(a.count - passes, 0) where a[i] > a[i + 1] {
            a.swapAt(i, i + 1)
            swaps += 1
            swapped = true
        }
    }
    return (a, passes, swaps)
}

let data = [64, 34, 25, 12, 22, 11, 90]
let r = bubbleSort(data)
print(r.sorted)
print("passes: \(r.passes), swaps: \(r.swaps)")
print(bubbleSort([1, 2, 3]))
print(bubbleSort([]).sorted)
print(bubbleSort([5, 4, 3, 2, 1]).swaps)
print(r.sorted == data.sorted())
