// Checks lazy map/filter: work happens only for consumed elements, shown by a side-effect log.
var log: [String] = []
let numbers = Array(1...10)
let lazySquares = numbers.lazy.map { (n: Int) -> Int in
    log.append("square \(n)")
    return n * n
}
print(log.count)
let firstBig = lazySquares.first { $0 > 20 }
print(firstBig!)
print(log)
log.removeAll()
let evens = numbers.lazy.filter { n in
    log.append("test \(n)")
    return n % 2 == 0
}
var found: [Int] = []
for e in evens {
    found.append(e)
    if found.count == 2 { break }
}
print(found)
print(log)
let endless = (1...).lazy.map { $0 * 3 }.filter { $0 % 2 == 0 }
print(Array(endless.prefix(4)))
