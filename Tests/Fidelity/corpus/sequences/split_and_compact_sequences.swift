// Checks split(separator:), split with omittingEmptySubsequences, and mapping the pieces.
let csv = "10,20,,30,x,40"
let parts = csv.split(separator: ",")
print(parts)
print(parts.count)
let withEmpty = csv.split(separator: ",", omittingEmptySubsequences: false)
print(withEmpty.count)
let numbers = parts.compactMap { Int($0) }
print(numbers, numbers.reduce(0, +))
let data = [1, 2, 0, 3, 4, 0, 0, 5]
let chunks = data.split(separator: 0)
print(chunks.map { Array($0) })
let bySum = data.split(whereSeparator: { $0 == 0 }).map { $0.reduce(0, +) }
print(bySum)
let sentence = "  many   spaces here  "
print(sentence.split(separator: " ").map(String.init))
