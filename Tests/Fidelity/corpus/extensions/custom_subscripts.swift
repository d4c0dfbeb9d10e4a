// Checks subscripts added by extension: digit index on Int, safe index on Array, character on String.
extension Int {
    subscript(digitIndex: Int) -> Int {
        var decimalBase = 1
        for _ in 0..<digitIndex {
            decimalBase *= 10
        }
        return (self / decimalBase) % 10
    }
}

extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}

extension String {
    subscript(offset: Int) -> Character {
        self[index(startIndex, offsetBy: offset)]
    }
}

print(746381295[0], 746381295[1], 746381295[2], 746381295[8], 746381295[9])
let xs = [10, 20, 30]
print(xs[safe: 1] as Any, xs[safe: 3] as Any, xs[safe: -1] ?? 0)
let word = "Jupyter"
print(word[0], word[3], word[6])
print((0..<word.count).map { word[$0] }.reversed().map(String.init).joined())
