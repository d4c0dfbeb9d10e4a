// Checks the recursive tower of Hanoi, printing moves and counting them.
var moveCount = 0

func hanoi(_ n: Int, from: String, to: String, via: String, verbose: Bool) {
    if n == 0 { return }
    hanoi(n - 1, from: from, to: via, via: to, verbose: verbose)
    moveCount += 1
    if verbose {
        print("move disk \(n) from \(from) to \(to)")
    }
    hanoi(n - 1, from: via, to: to, via: from, verbose: verbose)
}

hanoi(3, from: "A", to: "C", via: "B", verbose: true)
print("moves for 3 disks: \(moveCount)")
for n in [1, 5, 10, 16] {
    moveCount = 0
    hanoi(n, from: "A", to: "C", via: "B", verbose: false)
    print("\(n) disks: \(moveCount) moves (2^n - 1 = \((1 << n) - 1))")
}
