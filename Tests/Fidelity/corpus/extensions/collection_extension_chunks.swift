// Checks a Collection extension returning chunks and pairwise differences on arrays of Int.
extension Collection {
    func chunked(into size: Int) -> [[Element]] {
        var result: [[Element]] = []
        var i = startIndex
        while i != endIndex {
            let end = index(i, offsetBy: size, limitedBy: endIndex) ?? endIndex
            result.append(Array(self[i..<end]))
            i = end
        }
        return result
    }
}

extension Array where Element == Int {
    var differences: [Int] {
        zip(dropFirst(), self).map { $0 - $1 }
    }
}

print(Array(1...10).chunked(into: 3))
print("abcdefg".chunked(into: 2).map { String($0) })
print([Int]().chunked(into: 4))
print([1, 4, 9, 16, 25].differences)
print([1, 4, 9, 16, 25].differences.differences)
