// Checks rounded() and rounded(_:) with each rounding rule.
let values = [2.5, 3.5, -2.5, 2.4, -2.6, 0.5]
for v in values {
    print(v, v.rounded(), v.rounded(.down), v.rounded(.up), v.rounded(.towardZero), v.rounded(.toNearestOrEven))
}
var x = 7.65
x.round(.down)
print(x)
var y = -7.65
y.round()
print(y)
let price = 19.987
print((price * 100).rounded() / 100)
print(Int(price.rounded(.down)), Int(price.rounded(.up)))
