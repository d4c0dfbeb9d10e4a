// Checks infinity, NaN and negative zero behaviour and printing.
let inf = Double.infinity
let nan = Double.nan
let negZero = -0.0
print(inf, -inf)
print(nan)
print(negZero)
print(negZero == 0.0)
print(negZero.sign == .minus)
print(inf > 1e308, inf + 1 == inf)
print(nan == nan, nan != nan)
print(nan.isNaN, inf.isInfinite, 1.0.isFinite)
print(1.0 / 0.0, -1.0 / 0.0)
print(0.0 / 0.0)
print(inf - inf)
print([1.0, inf, -inf, negZero])
print(Double.signalingNaN.isNaN)
print(min(3.0, nan), max(nan, 3.0))
let zero = 0.0
print(1 / zero, -1 / zero)
