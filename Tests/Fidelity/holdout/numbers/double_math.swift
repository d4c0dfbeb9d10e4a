// Checks Double arithmetic, rounding functions, squareRoot and remainder.
let x = 7.5
print(x.rounded(), (-x).rounded(), (2.5).rounded(), (3.5).rounded())
print(x.rounded(.down), x.rounded(.up), x.rounded(.towardZero), (-x).rounded(.towardZero))
print((2.5).rounded(.toNearestOrEven), (3.5).rounded(.toNearestOrEven))
print(2.0.squareRoot(), 16.0.squareRoot(), 10.0.squareRoot())
print(x.truncatingRemainder(dividingBy: 2), (-x).truncatingRemainder(dividingBy: 2))
print(x.remainder(dividingBy: 2))
print(abs(-3.25), max(1.5, 2.5), min(1.5, -2.5))
print(Int(x), Int(x.rounded()), Int(-x))
let celsius = [-40.0, 0.0, 37.0, 100.0]
for c in celsius {
    let f = c * 9 / 5 + 32
    print("\(c)C = \(f)F")
}
let average = celsius.reduce(0, +) / Double(celsius.count)
print("average: \(average)")
print((average * 100).rounded() / 100)
print(1.0 / 0.0, (0.0 / 0.0).isNaN, (1.0 / 3).isFinite)
print(Double(Int.max), Double(7) / 2)
