// Checks swapAt(_:_:) and a bubble sort and reversal written with it.
var letters = ["a", "b", "c", "d"]
letters.swapAt(0, 3)
print(letters)
letters.swapAt(1, 1)
print(letters)

var values = [5, 3, 8, 1, 9, 2]
for i in 0..<values.count {
    for j in 0..<(values.count - 1 - i) {
        if values[j] > values[j + 1] {
            values.swapAt(j, j + 1)
        }
    }
}
print(values)

var word = Array("reverse")
var lo = 0, hi = word.count - 1
while lo < hi {
    word.swapAt(lo, hi)
    lo += 1
    hi -= 1
}
print(String(word))
