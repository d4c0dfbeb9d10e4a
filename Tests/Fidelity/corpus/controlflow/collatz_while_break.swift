// Checks while true with break, a step counter, and nested if/else inside the loop body.
func collatzSteps(_ start: Int) -> Int {
    var n = start
    var steps = 0
    while true {
        if n == 1 {
            break
        }
        if n % 2 == 0 {
            n /= 2
        } else {
            n = 3 * n + 1
        }
        steps += 1
    }
    return steps
}
for start in [1, 6, 7, 27] {
    print("\(start) reaches 1 in \(collatzSteps(start)) steps")
}
var longest = (start: 0, steps: -1)
for s in 1...30 {
    let steps = collatzSteps(s)
    if steps > longest.steps {
        longest = (s, steps)
    }
}
print("longest under 31: \(longest.start) with \(longest.steps) steps")
