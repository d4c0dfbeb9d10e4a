// Checks switch on String and Character values, compound cases and default.
func kind(of animal: String) -> String {
    switch animal {
    case "dog", "wolf":
        return "canine"
    case "cat", "lion", "tiger":
        return "feline"
    case "":
        return "nothing"
    default:
        return "unknown"
    }
}
for a in ["dog", "tiger", "", "parrot"] {
    print("\(a.isEmpty ? "(empty)" : a): \(kind(of: a))")
}
let someCharacter: Character = "z"
switch someCharacter {
case "a":
    print("The first letter of the Latin alphabet")
case "z":
    print("The last letter of the Latin alphabet")
default:
    print("Some other character")
}
var vowels = 0, consonants = 0, others = 0
for ch in "Hello, World!".lowercased() {
    switch ch {
    case "a", "e", "i", "o", "u":
        vowels += 1
    case "a"..."z":
        consonants += 1
    default:
        others += 1
    }
}
print(vowels, consonants, others)
