// Checks that subscripting a string past its end traps after printing earlier lines.
func characterAt(_ s: String, _ offset: Int) -> Character {
    let i = s.index(s.startIndex, offsetBy: offset)
    return s[i]
}
let word = "swift"
print(characterAt(word, 0))
print(characterAt(word, 4))
print("About to read past the end")
print(characterAt(word, 5))
print("unreachable")
