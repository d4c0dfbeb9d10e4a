// Checks summing with reduce(0, +), reduce with a closure, and a manual loop agreeing.
let values = [4, 8, 15, 16, 23, 42]
let sum1 = values.reduce(0, +)
let sum2 = values.reduce(0) { partial, next in partial + next }
var sum3 = 0
for v in values {
    sum3 += v
}
print(sum1, sum2, sum3)
let gauss = (1...100).reduce(0, +)
print("1 + ... + 100 = \(gauss)")
let prices: [Double] = [2.5, 3.75, 1.25]
let totalPrice = prices.reduce(0.0, +)
print("total: \(totalPrice)")
let factorial = (1...10).reduce(1, *)
print("10! = \(factorial)")
let sumOfSquares = (1...5).map { $0 * $0 }.reduce(0, +)
print(sumOfSquares)
print([Int]().reduce(0, +))
