// Checks count and isEmpty as entries are added and removed, and single-entry printing.
var cache: [Int: String] = [:]
print(cache.count, cache.isEmpty)
cache[1] = "one"
print(cache)
print(cache.count, cache.isEmpty)
cache[2] = "two"
cache[3] = "three"
print(cache.count)
cache[2] = nil
print(cache.count)
cache[1] = "uno"
print(cache.count, cache[1]!)
cache.removeValue(forKey: 3)
print(cache)
let emptyDict = [String: Double]()
print(emptyDict)
