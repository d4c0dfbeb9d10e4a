// Checks dynamic programming: coin change, longest common subsequence and knapsack.
func minCoins(_ coins: [Int], _ amount: Int) -> Int? {
    var dp = [Int](repeating: Int.max, count: amount + 1)
    dp[0] = 0
    if amount > 0 {
        for a in 1...amount {
            for c in coins where c <= a && dp[a - c] != Int.max {
                dp[a] = min(dp[a], dp[a - c] + 1)
            }
        }
    }
    return dp[amount] == Int.max ? nil : dp[amount]
}
print(minCoins([1, 5, 10, 25], 63) as Any, minCoins([2], 3) as Any, minCoins([3, 7], 0) as Any)
func lcs(_ a: String, _ b: String) -> String {
    let x = Array(a), y = Array(b)
    var table = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
    for i in 1...x.count {
        for j in 1...y.count {
            table[i][j] = x[i - 1] == y[j - 1] ? table[i - 1][j - 1] + 1 : max(table[i - 1][j], table[i][j - 1])
        }
    }
    var result: [Character] = []
    var i = x.count, j = y.count
    while i > 0 && j > 0 {
        if x[i - 1] == y[j - 1] { result.append(x[i - 1]); i -= 1; j -= 1 }
        else if table[i - 1][j] >= table[i][j - 1] { i -= 1 } else { j -= 1 }
    }
    return String(result.reversed())
}
print(lcs("ABCBDAB", "BDCABA"), lcs("swift", "shift"))
func knapsack(weights: [Int], values: [Int], capacity: Int) -> Int {
    var best = [Int](repeating: 0, count: capacity + 1)
    for (w, v) in zip(weights, values) {
        for c in stride(from: capacity, through: w, by: -1) {
            best[c] = max(best[c], best[c - w] + v)
        }
    }
    return best[capacity]
}
print(knapsack(weights: [1, 3, 4, 5], values: [1, 4, 5, 7], capacity: 7))
