// Checks accumulating several counts at once with a tuple in a loop.
let text = "Hello World 2024!"
var stats = (letters: 0, digits: 0, spaces: 0, other: 0)
for ch in text {
    if ch.isLetter { stats.letters += 1 }
    else if ch.isNumber { stats.digits += 1 }
    else if ch == " " { stats.spaces += 1 }
    else { stats.other += 1 }
}
print(stats)
print("letters=\(stats.letters) digits=\(stats.digits)")
let numbers = [4, 7, 1, 9, 3]
let (evens, odds) = numbers.reduce((0, 0)) { acc, n in
    n % 2 == 0 ? (acc.0 + 1, acc.1) : (acc.0, acc.1 + 1)
}
print("evens: \(evens), odds: \(odds)")
var range = (low: Int.max, high: Int.min)
for n in numbers { range = (min(range.low, n), max(range.high, n)) }
print(range)
