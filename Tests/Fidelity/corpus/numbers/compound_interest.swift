// Checks repeated Double multiplication in a compound-interest table.
var balance = 1000.0
let rate = 0.05
for year in 1...5 {
    balance *= 1 + rate
    print("Year \(year): \(balance)")
}
let rounded = (balance * 100).rounded() / 100
print("Rounded: \(rounded)")
var years = 0
var money = 1.0
while money < 2.0 {
    money *= 1.07
    years += 1
}
print("Doubles after \(years) years: \(money)")
