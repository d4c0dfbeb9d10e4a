// Checks Collatz sequences: the sequence for 27's length and peak, and the longest start below 1000.
func collatz(_ start: Int) -> [Int] {
    var n = start
    var seq = [n]
    while n != 1 {
        n = n % 2 == 0 ? n / 2 : 3 * n + 1
        seq.append(n)
    }
    return seq
}

print(collatz(6))
print(collatz(1))
let s27 = collatz(27)
print("27 takes \(s27.count - 1) steps and peaks at \(s27.max()!)")

var bestStart = 1, bestLength = 1
for start in 1..<1000 {
    let length = collatz(start).count
    if length > bestLength {
        bestStart = start
        bestLength = length
    }
}
print("longest below 1000: \(bestStart) with \(bestLength) terms")
