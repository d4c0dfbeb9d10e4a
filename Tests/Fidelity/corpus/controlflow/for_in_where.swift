// Checks for-in loops with where clauses, underscore loop variables and tuple patterns.
for i in 1...20 where i % 4 == 0 {
    print("multiple of four: \(i)")
}
let words = ["alpha", "beta", "gamma", "delta", "epsilon"]
for word in words where word.count == 5 {
    print(word)
}
var total = 0
for _ in 1...3 {
    total += 10
}
print(total)
let inventory = [("apples", 0), ("pears", 4), ("plums", 0), ("figs", 2)]
for (fruit, count) in inventory where count > 0 {
    print("\(fruit): \(count) in stock")
}
for case let (fruit, 0) in inventory {
    print("out of \(fruit)")
}
let maybes: [Int?] = [1, nil, 3, nil]
for case let value? in maybes {
    print("value \(value)")
}
