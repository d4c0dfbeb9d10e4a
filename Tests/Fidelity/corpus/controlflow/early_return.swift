// Checks early return from functions inside loops, and returning from nested conditions.
func firstNegative(in values: [Int]) -> Int? {
    for (i, v) in values.enumerated() {
        if v < 0 {
            return i
        }
    }
    return nil
}
print(firstNegative(in: [3, 1, -4, 1, -5]) as Any)
print(firstNegative(in: [1, 2, 3]) as Any)
func isPrime(_ n: Int) -> Bool {
    if n < 2 { return false }
    var d = 2
    while d * d <= n {
        if n % d == 0 { return false }
        d += 1
    }
    return true
}
print((1...30).filter(isPrime))
func grade(_ score: Int) -> Character {
    if score >= 90 { return "A" }
    if score >= 80 { return "B" }
    if score >= 70 { return "C" }
    return "F"
}
print([95, 85, 72, 10].map(grade))
func log(_ message: String, verbose: Bool) {
    if !verbose { return }
    print("LOG: \(message)")
}
log("hidden", verbose: false)
log("shown", verbose: true)
