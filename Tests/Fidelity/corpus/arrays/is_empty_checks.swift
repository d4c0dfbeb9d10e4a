// Checks isEmpty versus count == 0 and guarding on empty arrays.
var queue: [String] = []
if queue.isEmpty {
    print("The queue is empty.")
} else {
    print("The queue is not empty.")
}
queue.append("first job")
print(queue.isEmpty, queue.count)

func average(_ values: [Double]) -> Double? {
    guard !values.isEmpty else { return nil }
    return values.reduce(0, +) / Double(values.count)
}
print(average([]) as Any)
print(average([1, 2, 3, 4])!)
let groups = [[1, 2], [], [3]]
let nonEmpty = groups.filter { !$0.isEmpty }
print(nonEmpty)
print(groups.map { $0.isEmpty })
