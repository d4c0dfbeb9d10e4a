// Checks split(separator:), omitting empty subsequences, maxSplits and joined(separator:).
let csv = "alpha,beta,,gamma"
let parts = csv.split(separator: ",")
print(parts)
print(parts.count)
let all = csv.split(separator: ",", omittingEmptySubsequences: false)
print(all)
let limited = csv.split(separator: ",", maxSplits: 1)
print(limited)

let words = "  many   spaces here  ".split(separator: " ")
print(words.map { String($0) })
print(words.joined(separator: "-"))

let lines = ["first", "second", "third"]
print(lines.joined(separator: "\n"))
print(lines.joined())
let byClosure = "a1b2c3".split(whereSeparator: { $0.isNumber })
print(byClosure)
