// Checks Double methods: truncatingRemainder, remainder, fractional parts and ulp.
let x = 10.75
print(x.truncatingRemainder(dividingBy: 3))
print((-x).truncatingRemainder(dividingBy: 3))
print(x.remainder(dividingBy: 3))
print(x - x.rounded(.towardZero))
print(8.625.remainder(dividingBy: 0.75))
print(1.0.ulp, 1.0.nextUp, 1.0.nextDown)
print(x.exponent, x.significand)
print((0.1).addingProduct(0.2, 3.0))
print(Double.maximum(1.5, 2.5), Double.minimum(1.5, 2.5))
print(x.sign, (-x).sign)
var y = 2.0
y.negate()
print(y, y * y, -y)
