// Checks removeAll(where:), removeAll() and removeAll(keepingCapacity:).
var numbers = Array(1...15)
numbers.removeAll(where: { $0 % 3 == 0 })
print(numbers)
numbers.removeAll { $0 > 10 }
print(numbers)

var words = ["apple", "Banana", "cherry", "Date", "elderberry"]
words.removeAll(where: { $0.first!.isUppercase })
print(words)
words.removeAll(where: { $0.count > 100 })
print(words)

var buffer = [1, 2, 3]
buffer.removeAll(keepingCapacity: true)
print(buffer, buffer.count)
var more = ["x", "y"]
more.removeAll()
print(more.isEmpty)
