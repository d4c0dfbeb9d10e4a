// Checks a sieve of Eratosthenes, primality test and prime factorization.
func sieve(_ limit: Int) -> [Int] {
    var isPrime = [Bool](repeating: true, count: limit + 1)
    isPrime[0] = false
    isPrime[1] = false
    var p = 2
    while p * p <= limit {
        if isPrime[p] {
            for multiple in stride(from: p * p, through: limit, by: p) {
                isPrime[multiple] = false
            }
        }
        p += 1
    }
    return isPrime.indices.filter { isPrime[$0] }
}
print(sieve(50))
func factorize(_ n: Int) -> [Int] {
    var n = n, factors: [Int] = [], d = 2
    while n > 1 {
        while n % d == 0 { factors.append(d); n /= d }
        d += 1
    }
    return factors
}
for n in [12, 97, 360, 1001] {
    print("\(n) = " + factorize(n).map(String.init).joined(separator: " x "))
}
print("primes below 1000: \(sieve(1000).count)")
