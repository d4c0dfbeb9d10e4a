// Checks while, repeat-while, break, continue and labeled statements.
var n = 27
var steps = 0
while n != 1 {
    n = n % 2 == 0 ? n / 2 : 3 * n + 1
    steps += 1
}
print("Collatz steps for 27: \(steps)")
var countdown = 3
repeat {
    print("T-minus \(countdown)")
    countdown -= 1
} while countdown > 0
print("Liftoff!")
var once = 0
repeat {
    once += 1
} while false
print("repeat ran \(once) time(s)")
for i in 1...10 {
    if i % 3 == 0 { continue }
    if i > 8 { break }
    print(i, terminator: " ")
}
print()
outer: for i in 1...3 {
    for j in 1...3 {
        if j == 2 { continue outer }
        if i == 3 { break outer }
        print("i=\(i) j=\(j)")
    }
}
let puzzleInput = "great minds think alike"
var puzzleOutput = ""
for character in puzzleInput {
    switch character {
    case "a", "e", "i", "o", "u", " ":
        continue
    default:
        puzzleOutput.append(character)
    }
}
print(puzzleOutput)
