// Checks repeat-while running its body at least once, even when the condition starts false.
var count = 0
repeat {
    print("count is \(count)")
    count += 1
} while count < 3
var ranOnce = false
repeat {
    ranOnce = true
    print("body runs even though the condition is false")
} while false
print(ranOnce)
var number = 9_467
var digits: [Int] = []
repeat {
    digits.insert(number % 10, at: 0)
    number /= 10
} while number > 0
print(digits)
var zero = 0
var zeroDigits = 0
repeat {
    zeroDigits += 1
    zero /= 10
} while zero != 0
print("0 has \(zeroDigits) digit")
