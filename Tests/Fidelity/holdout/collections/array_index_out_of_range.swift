// Checks that reading past the end of an array traps after printing valid elements.
let primes = [2, 3, 5, 7, 11]
func element(at i: Int, of array: [Int]) -> Int {
    return array[i]
}
for i in 0..<primes.count {
    print("primes[\(i)] = \(element(at: i, of: primes))")
}
print("reading index \(primes.count)")
print(element(at: primes.count, of: primes))
