// Checks floating-point accumulation, comparisons with tolerance and stride over Doubles.
var sum = 0.0
for _ in 0..<10 {
    sum += 0.1
}
print(sum, sum == 1.0, abs(sum - 1.0) < 1e-9)
for t in stride(from: 0.0, through: 1.0, by: 0.25) {
    print(t, terminator: " ")
}
print()
for t in stride(from: 0.0, to: 0.5, by: 0.1) {
    print(t, terminator: " ")
}
print()
var balance = 1000.0
let rate = 0.05
for year in 1...3 {
    balance *= 1 + rate
    print("year \(year): \(balance)")
}
let fsum = (0..<10).reduce(Float(0)) { acc, _ in acc + 0.1 }
print(fsum)
print(0.1 + 0.7, 3 * 1.1, 1.1 * 1.1)
print(100.0 * 1.1, 4.35 * 100)
