// Checks methods, computed properties, static members and initializers defined on enums.
enum Suit: String, CaseIterable {
    case spades, hearts, diamonds, clubs
    var symbol: String {
        switch self {
        case .spades: return "♠"
        case .hearts: return "♥"
        case .diamonds: return "♦"
        case .clubs: return "♣"
        }
    }
    var color: String {
        switch self {
        case .hearts, .diamonds: return "red"
        case .spades, .clubs: return "black"
        }
    }
    func describe() -> String {
        "\(rawValue) \(symbol) is \(color)"
    }
    static var redSuits: [Suit] { allCases.filter { $0.color == "red" } }
    init(symbol: Character) {
        switch symbol {
        case "♥": self = .hearts
        case "♦": self = .diamonds
        case "♣": self = .clubs
        default: self = .spades
        }
    }
}
for s in Suit.allCases {
    print(s.describe())
}
print(Suit.redSuits)
print(Suit(symbol: "♦"), Suit(symbol: "?"))
