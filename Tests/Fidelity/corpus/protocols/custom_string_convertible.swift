// Checks CustomStringConvertible used by print, interpolation, String(describing:) and arrays.
struct Fraction: CustomStringConvertible {
    var num: Int
    var den: Int
    var description: String {
        den == 1 ? "\(num)" : "\(num)/\(den)"
    }
}

enum Suit: CustomStringConvertible {
    case hearts, spades
    var description: String {
        switch self {
        case .hearts: return "♥"
        case .spades: return "♠"
        }
    }
}

let half = Fraction(num: 1, den: 2)
print(half)
print("half is \(half)")
print(String(describing: Fraction(num: 4, den: 1)))
print([half, Fraction(num: 3, den: 4), Fraction(num: 7, den: 1)])
print(Suit.hearts, Suit.spades)
print([Suit.spades, .hearts])
let opt: Fraction? = half
print(opt as Any)
print(["a": half])
