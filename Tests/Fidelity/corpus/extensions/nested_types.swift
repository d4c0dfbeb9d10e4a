// Checks nested types declared inside an extension (an enum nested in Int).
extension Int {
    enum Kind {
        case negative, zero, positive
    }

    var kind: Kind {
        switch self {
        case 0: return .zero
        case let x where x > 0: return .positive
        default: return .negative
        }
    }
}

func printIntegerKinds(_ numbers: [Int]) {
    for number in numbers {
        switch number.kind {
        case .negative: print("- ", terminator: "")
        case .zero: print("0 ", terminator: "")
        case .positive: print("+ ", terminator: "")
        }
    }
    print("")
}

printIntegerKinds([3, 19, -27, 0, -6, 0, 7])
print(5.kind, (-5).kind)
let k: Int.Kind = 0.kind
print(k == .zero)

struct Deck {
    struct Card: CustomStringConvertible {
        enum Rank: Int { case two = 2, three, ace = 14 }
        let rank: Rank
        var description: String { "card \(rank) (\(rank.rawValue))" }
    }
}
print(Deck.Card(rank: .ace))
print(Deck.Card.Rank.three.rawValue)
