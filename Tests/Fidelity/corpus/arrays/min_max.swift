// Checks min(), max(), min(by:), max(by:) and their nil results on empty arrays.
let heights = [67.5, 65.25, 70.0, 62.75, 69.0]
print(heights.min()!)
print(heights.max()!)
let words = ["banana", "kiwi", "apple", "watermelon", "fig"]
print(words.min()!, words.max()!)
let shortest = words.min(by: { $0.count < $1.count })
let longest = words.max { $0.count < $1.count }
print(shortest ?? "none", longest ?? "none")
let empty: [Int] = []
print(empty.min() as Any, empty.max() as Any)
if let lowest = [4, -2, 9].min() {
    print("lowest is \(lowest)")
}
print(min(3, 8), max(3, 8), min(5, 2, 9))
let range = (heights.max() ?? 0) - (heights.min() ?? 0)
print("range: \(range)")
