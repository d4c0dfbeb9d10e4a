// Checks switch on characters, compound cases, intervals and default.
let someCharacter: Character = "z"
switch someCharacter {
case "a":
    print("The first letter of the alphabet")
case "z":
    print("The last letter of the alphabet")
default:
    print("Some other character")
}
for ch in ["a", "E", "x", "1"] as [Character] {
    switch ch {
    case "a", "e", "i", "o", "u", "A", "E", "I", "O", "U":
        print("\(ch) is a vowel")
    case "0"..."9":
        print("\(ch) is a digit")
    default:
        print("\(ch) is a consonant or symbol")
    }
}
let counts = [0, 3, 9, 42, 250, 1000]
for approximateCount in counts {
    let naturalCount: String
    switch approximateCount {
    case 0:
        naturalCount = "no"
    case 1..<5:
        naturalCount = "a few"
    case 5..<12:
        naturalCount = "several"
    case 12..<100:
        naturalCount = "dozens of"
    case 100..<1000:
        naturalCount = "hundreds of"
    default:
        naturalCount = "many"
    }
    print("There are \(naturalCount) moons: \(approximateCount)")
}
