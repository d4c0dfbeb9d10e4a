// Checks mean, variance and standard deviation on an array of Doubles.
let scores: [Double] = [72, 85, 90, 66, 88, 95, 70]
let count = Double(scores.count)
let mean = scores.reduce(0, +) / count
print("Mean: \(mean)")
let variance = scores.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / count
print("Variance: \(variance)")
print("Std dev: \(variance.squareRoot())")
let sorted = scores.sorted()
let median = sorted[sorted.count / 2]
print("Median: \(median), min: \(sorted.first!), max: \(sorted.last!)")
let ints = [3, 1, 4, 1, 5, 9, 2, 6]
print("Int mean: \(ints.reduce(0, +) / ints.count), exact: \(Double(ints.reduce(0, +)) / Double(ints.count))")
let percent = Double(scores.filter { $0 >= 80 }.count) / count * 100
print("Above 80: \(percent)%")
