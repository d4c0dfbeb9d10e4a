// Checks chained map/filter/reduce pipelines over ranges and arrays.
let total = (1...10).filter { $0 % 2 == 1 }.map { $0 * $0 }.reduce(0, +)
print("sum of odd squares: \(total)")
let words = ["swift", "is", "a", "fun", "language"]
let longWordLengths = words
    .filter { $0.count > 2 }
    .map { $0.count }
print(longWordLengths)
let sentence = words.map { $0.capitalized() }.joined(separator: " ")
print(sentence)
let average = Double(longWordLengths.reduce(0, +)) / Double(longWordLengths.count)
print(average)
let celsius = [0.0, 37.0, 100.0]
let fahrenheit = celsius.map { $0 * 9 / 5 + 32 }
print(fahrenheit)
let hot = zip(celsius, fahrenheit).filter { $0.1 > 90 }.map { "\($0.0)C" }
print(hot)

extension String {
    func capitalized() -> String {
        guard let first = first else { return self }
        return first.uppercased() + dropFirst()
    }
}
