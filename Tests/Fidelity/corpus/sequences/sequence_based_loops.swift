// Checks for-in over strings, dictionaries sorted, sequence(first:next:) and IteratorProtocol use.
for character in "Dog!" {
    print(character)
}
let powersOfTwo = sequence(first: 1) { $0 < 64 ? $0 * 2 : nil }
print(Array(powersOfTwo))
let collatz = sequence(first: 6) { n in
    n == 1 ? nil : (n % 2 == 0 ? n / 2 : 3 * n + 1)
}
print(collatz.map(String.init).joined(separator: " -> "))
var iterator = [10, 20, 30].makeIterator()
while let value = iterator.next() {
    print("next: \(value)")
}
print(iterator.next() as Any)
let base = 3
let power = 4
var answer = 1
for _ in 1...power {
    answer *= base
}
print("\(base) to the power of \(power) is \(answer)")
