// Checks the sieve of Eratosthenes with a [Bool] array and stride.
func primes(upTo n: Int) -> [Int] {
    guard n >= 2 else { return [] }
    var isPrime = [Bool](repeating: true, count: n + 1)
    isPrime[0] = false
    isPrime[1] = false
    var p = 2
    while p * p <= n {
        if isPrime[p] {
            for multiple in stride(from: p * p, through: n, by: p) {
                isPrime[multiple] = false
            }
        }
        p += 1
    }
    return isPrime.indices.filter { isPrime[$0] }
}

print(primes(upTo: 50))
print(primes(upTo: 1))
let big = primes(upTo: 10_000)
print("there are \(big.count) primes below 10000; the last is \(big.last!)")
let twins = zip(big, big.dropFirst()).filter { $1 - $0 == 2 }.prefix(6)
print(twins.map { "(\($0.0), \($0.1))" }.joined(separator: " "))
