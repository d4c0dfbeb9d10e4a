// Checks continue skipping iterations and break leaving a loop early.
let puzzleInput = "great minds think alike"
var puzzleOutput = ""
let charactersToRemove: [Character] = ["a", "e", "i", "o", "u", " "]
for character in puzzleInput {
    if charactersToRemove.contains(character) {
        continue
    }
    puzzleOutput.append(character)
}
print(puzzleOutput)
var firstMultipleOf7 = 0
for n in 50...100 {
    if n % 7 == 0 {
        firstMultipleOf7 = n
        break
    }
}
print(firstMultipleOf7)
var oddSum = 0
var i = 0
while i < 10 {
    i += 1
    if i % 2 == 0 { continue }
    oddSum += i
}
print(oddSum)
