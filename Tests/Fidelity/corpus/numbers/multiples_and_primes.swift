// Checks isMultiple(of:), a FizzBuzz loop and a small prime sieve.
for n in 1...15 {
    if n.isMultiple(of: 15) {
        print("FizzBuzz")
    } else if n.isMultiple(of: 3) {
        print("Fizz")
    } else if n.isMultiple(of: 5) {
        print("Buzz")
    } else {
        print(n)
    }
}
var isPrime = [Bool](repeating: true, count: 50)
isPrime[0] = false; isPrime[1] = false
for i in 2..<50 where isPrime[i] {
    var j = i * i
    while j < 50 { isPrime[j] = false; j += i }
}
print(isPrime.indices.filter { isPrime[$0] })
print((-6).isMultiple(of: 3), 7.isMultiple(of: -7))
