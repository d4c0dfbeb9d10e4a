// Checks CustomStringConvertible description being used by print and interpolation.
struct Fraction: CustomStringConvertible {
    var numerator: Int
    var denominator: Int
    var description: String { "\(numerator)/\(denominator)" }

    func reduced() -> Fraction {
        var a = abs(numerator), b = abs(denominator)
        while b != 0 { (a, b) = (b, a % b) }
        return Fraction(numerator: numerator / a, denominator: denominator / a)
    }
    static func + (l: Fraction, r: Fraction) -> Fraction {
        Fraction(numerator: l.numerator * r.denominator + r.numerator * l.denominator,
                 denominator: l.denominator * r.denominator).reduced()
    }
}
let half = Fraction(numerator: 1, denominator: 2)
let third = Fraction(numerator: 1, denominator: 3)
print(half)
print("\(half) + \(third) = \(half + third)")
print([half, third, half + half])
print(Fraction(numerator: 6, denominator: 8).reduced())
let maybe: Fraction? = third
print(maybe as Any)
