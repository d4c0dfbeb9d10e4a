// Checks labeled statements: break and continue targeting an outer loop from a nested loop or switch.
outer: for i in 1...4 {
    for j in 1...4 {
        if j == 3 {
            continue outer
        }
        if i == 3 {
            break outer
        }
        print("i=\(i) j=\(j)")
    }
}
print("after outer")
let grid = [[1, 2, 3], [4, -5, 6], [7, 8, 9]]
var found: (Int, Int)? = nil
search: for (r, row) in grid.enumerated() {
    for (c, value) in row.enumerated() where value < 0 {
        found = (r, c)
        break search
    }
}
print(found.map { "negative at row \($0.0), col \($0.1)" } ?? "none")
var step = 0
gameLoop: while true {
    step += 1
    switch step {
    case 2:
        continue gameLoop
    case 5:
        break gameLoop
    default:
        print("step \(step)")
    }
}
print("stopped at \(step)")
