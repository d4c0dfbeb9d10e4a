// Checks extending Dictionary with where clauses and producing deterministic sorted output.
extension Dictionary where Value: Numeric {
    var total: Value { values.reduce(0, +) }
    mutating func add(_ amount: Value, to key: Key) {
        self[key, default: 0] += amount
    }
}

extension Dictionary where Key: Comparable {
    func sortedDescription() -> String {
        keys.sorted().map { "\($0)=\(self[$0]!)" }.joined(separator: "; ")
    }
}

var cart = ["apples": 3, "pears": 2]
cart.add(4, to: "apples")
cart.add(1, to: "plums")
print(cart.total)
print(cart.sortedDescription())

var prices: [String: Double] = [:]
prices.add(1.25, to: "tea")
prices.add(2.5, to: "cake")
prices.add(0.75, to: "tea")
print(prices.sortedDescription())
print(prices.total)
print([3: "c", 1: "a", 2: "b"].sortedDescription())
