// Checks adding protocol conformance to an existing type with an extension.
protocol TextRepresentable {
    var textualDescription: String { get }
}

struct Dice {
    let sides: Int
}

extension Dice: TextRepresentable {
    var textualDescription: String { "A \(sides)-sided dice" }
}

extension Int: TextRepresentable {
    var textualDescription: String { "the number \(self)" }
}

extension Array: TextRepresentable where Element: TextRepresentable {
    var textualDescription: String {
        "[" + map { $0.textualDescription }.joined(separator: ", ") + "]"
    }
}

struct Hamster {
    var name: String
    var textualDescription: String { "A hamster named \(name)" }
}
extension Hamster: TextRepresentable {}

let things: [TextRepresentable] = [Dice(sides: 6), 12, Hamster(name: "Simon")]
for thing in things {
    print(thing.textualDescription)
}
print([Dice(sides: 4), Dice(sides: 20)].textualDescription)
print([1, 2].textualDescription)
