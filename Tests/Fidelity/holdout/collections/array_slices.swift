// Checks ArraySlice indices, prefix/suffix, dropFirst and converting back to Array.
let numbers = [10, 20, 30, 40, 50, 60]
let middle = numbers[2..<5]
print(middle, middle.startIndex, middle.endIndex)
print(middle.first!, middle[3])
let asArray = Array(middle)
print(asArray, asArray.startIndex)
print(numbers.prefix(2), numbers.suffix(2))
print(numbers.dropFirst(4), numbers.dropLast(4))
print(numbers.prefix(while: { $0 < 35 }))
print(numbers.split(whereSeparator: { $0 == 30 }))
var mutable = numbers
mutable.removeFirst(2)
print(mutable)
mutable.removeAll { $0 > 45 }
print(mutable)
print(numbers.reversed() as [Int])
print(Array(numbers.reversed().prefix(3)))
let chunks = stride(from: 0, to: numbers.count, by: 4).map { Array(numbers[$0..<min($0 + 4, numbers.count)]) }
print(chunks)
print(numbers.lastIndex { $0 % 20 == 0 }!)
