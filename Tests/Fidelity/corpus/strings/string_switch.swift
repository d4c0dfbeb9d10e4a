// Checks switching on strings and characters, including tuples and ranges of characters.
func classify(_ ch: Character) -> String {
    switch ch {
    case "a", "e", "i", "o", "u":
        return "vowel"
    case "a"..."z":
        return "consonant"
    case "0"..."9":
        return "digit"
    default:
        return "other"
    }
}
for ch in "hi 42!" {
    print(ch, classify(ch))
}
func respond(_ command: String) -> String {
    switch command.lowercased() {
    case "start": return "Starting"
    case "stop": return "Stopping"
    case let other where other.hasPrefix("say "):
        return "Saying \(other.dropFirst(4))"
    default: return "Unknown: \(command)"
    }
}
print(respond("START"))
print(respond("say hello"))
print(respond("jump"))
