// Checks basic Int arithmetic operators and compound assignment.
let a = 17
let b = 5
print(a + b, a - b, a * b, a / b, a % b)
var total = 10
total += 5
total -= 3
total *= 4
total /= 6
total %= 5
print(total)
print(-a, +b, -(-a))
let big = 1_000_000 * 1_000
print(big)
print(2 + 3 * 4, (2 + 3) * 4, 10 - 4 - 3)
print(Int.max, Int.min)
