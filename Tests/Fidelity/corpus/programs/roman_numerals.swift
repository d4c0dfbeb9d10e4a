// Checks integer to Roman numeral conversion and back, using arrays of tuples.
let table: [(value: Int, symbol: String)] = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"),
    (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
    (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]

func toRoman(_ number: Int) -> String {
    var n = number
    var result = ""
    for (value, symbol) in table {
        while n >= value {
            result += symbol
            n -= value
        }
    }
    return result
}

func fromRoman(_ s: String) -> Int {
    let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000]
    let digits = s.compactMap { values[$0] }
    var total = 0
    for (i, v) in digits.enumerated() {
        if i + 1 < digits.count && v < digits[i + 1] { total -= v } else { total += v }
    }
    return total
}

for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999] {
    let r = toRoman(n)
    print(n, r, fromRoman(r))
}
print((1...3999).allSatisfy { fromRoman(toRoman($0)) == $0 })
