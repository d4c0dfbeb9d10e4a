// Checks reduce(_:_:) and reduce(into:_:) building sums, strings and arrays.
let numbers = [3, 1, 4, 1, 5, 9, 2, 6]
let sum = numbers.reduce(0, +)
let product = numbers.reduce(1) { $0 * $1 }
print("sum \(sum), product \(product)")
let maxValue = numbers.reduce(Int.min) { max($0, $1) }
print(maxValue)
let text = numbers.reduce("") { $0 + String($1) }
print(text)
let runningTotals = numbers.reduce(into: [Int]()) { acc, n in
    acc.append((acc.last ?? 0) + n)
}
print(runningTotals)
let letters = Array("mississippi")
let counts = letters.reduce(into: [Character: Int]()) { $0[$1, default: 0] += 1 }
for key in counts.keys.sorted() {
    print(key, counts[key]!)
}
let evensAndOdds = numbers.reduce(into: (evens: 0, odds: 0)) { result, n in
    if n % 2 == 0 { result.evens += 1 } else { result.odds += 1 }
}
print(evensAndOdds.evens, evensAndOdds.odds)
