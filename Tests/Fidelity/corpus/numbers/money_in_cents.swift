// Checks integer cents arithmetic versus floating-point dollars.
let pricesInCents = [199, 250, 1999, 5]
let totalCents = pricesInCents.reduce(0, +)
let dollars = totalCents / 100
let cents = totalCents % 100
print("Total: $\(dollars).\(cents < 10 ? "0" : "")\(cents)")
let floatTotal = [1.99, 2.50, 19.99, 0.05].reduce(0, +)
print("Float total: \(floatTotal)")
let tax = Double(totalCents) * 0.08
print("Tax: \(tax), rounded cents: \(Int(tax.rounded()))")
var balance = 0.0
for _ in 0..<10 { balance += 0.1 }
print(balance, balance == 1.0)
let split = Double(totalCents) / 3
print(split, split.rounded(.down), Int(split) * 3 == totalCents)
