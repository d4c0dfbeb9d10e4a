// Checks returning tuples with named elements, optional tuples, and destructuring.
func minMax(array: [Int]) -> (min: Int, max: Int)? {
    if array.isEmpty { return nil }
    var currentMin = array[0]
    var currentMax = array[0]
    for value in array[1..<array.count] {
        if value < currentMin {
            currentMin = value
        } else if value > currentMax {
            currentMax = value
        }
    }
    return (currentMin, currentMax)
}
if let bounds = minMax(array: [8, -6, 2, 109, 3, 71]) {
    print("min is \(bounds.min) and max is \(bounds.max)")
}
print(minMax(array: []) == nil)

func divmod(_ a: Int, _ b: Int) -> (Int, Int) {
    (a / b, a % b)
}
let (q, r) = divmod(47, 5)
print(q, r)
let result = divmod(100, 7)
print(result.0, result.1)
print(result)

func stats(_ xs: [Double]) -> (count: Int, mean: Double) {
    (xs.count, xs.reduce(0, +) / Double(xs.count))
}
let s = stats([2, 4, 9])
print(s)
let (_, mean) = stats([1, 2])
print(mean)
