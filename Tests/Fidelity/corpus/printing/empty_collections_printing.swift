// Checks printing empty arrays, dictionaries, sets, strings and ranges.
let emptyInts: [Int] = []
let emptyStrings = [String]()
let emptyDict: [String: Int] = [:]
let emptySet = Set<Int>()
print(emptyInts)
print(emptyStrings)
print(emptyDict)
print(emptySet)
print("")
print("[\("")]")
print(0..<0)
print([[Int]]())
print([[Int]](repeating: [], count: 2))
print(emptyInts.isEmpty, emptyDict.count, emptySet.isEmpty)
print(emptyInts.first as Any, emptyInts.max() as Any)
print(Array(""), String([Character]()).isEmpty)
