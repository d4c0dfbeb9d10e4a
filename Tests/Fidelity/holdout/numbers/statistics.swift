// Checks computing mean, median, variance and standard deviation of Doubles.
let data: [Double] = [2, 4, 4, 4, 5, 5, 7, 9]
let n = Double(data.count)
let mean = data.reduce(0, +) / n
let variance = data.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / n
let stddev = variance.squareRoot()
print("mean: \(mean)")
print("variance: \(variance)")
print("stddev: \(stddev)")
func median(_ values: [Double]) -> Double {
    let s = values.sorted()
    let mid = s.count / 2
    return s.count % 2 == 0 ? (s[mid - 1] + s[mid]) / 2 : s[mid]
}
print("median: \(median(data))")
print("median odd: \(median([3, 1, 2]))")
let measurements = [1.2, 3.4, 2.2, 5.9, 0.7]
let total = measurements.reduce(0, +)
print("total: \(total)")
print("average: \(total / Double(measurements.count))")
print("range: \(measurements.max()! - measurements.min()!)")
let normalized = measurements.map { $0 / total }
print(normalized.map { ($0 * 1000).rounded() / 1000 })
