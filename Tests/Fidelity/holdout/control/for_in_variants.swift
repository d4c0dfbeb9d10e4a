// Checks for-in over arrays, dictionaries, strides, where clauses and tuples.
let numberOfLegs = ["spider": 8, "ant": 6, "cat": 4]
for (animalName, legCount) in numberOfLegs.sorted(by: { $0.value < $1.value }) {
    print("\(animalName)s have \(legCount) legs")
}
let base = 3
let power = 10
var answer = 1
for _ in 1...power {
    answer *= base
}
print("\(base) to the power of \(power) is \(answer)")
let minuteInterval = 5
for tickMark in stride(from: 0, to: 20, by: minuteInterval) {
    print("tick \(tickMark)")
}
for n in 1...20 where n % 6 == 0 {
    print("multiple of six: \(n)")
}
let pairs = [(1, "one"), (2, "two"), (3, "three")]
for (number, word) in pairs {
    print("\(number) -> \(word)")
}
var sum = 0
for case let x in [1, 2, 3, 4] where x.isMultiple(of: 2) {
    sum += x
}
print("sum of evens: \(sum)")
for c in "abc".reversed() { print(c, terminator: "") }
print()
