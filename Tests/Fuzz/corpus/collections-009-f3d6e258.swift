// Sets and ranges
var s: Set<Int> = [1, 2, 3]
s.insert(2)
s.insert(4)
print(s.count, s.contains(4), s.sorted())
print(Set([1, 2]).union([2, 3]).sorted(), Set([1, 2, 3]).intersection([2, 3, 4]).sorted())
let r = 1..<5
print(r, r.count, r.contains(4), (1...3).map { $0 * $0 })
