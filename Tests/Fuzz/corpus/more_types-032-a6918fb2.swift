// Extensions, static members, failable initialisers, protocols, operators
protocol Describable { func describe() -> String }
struct Money: Describable, Equatable {
    var cents: Int
    static var created = 0
    static func dollars(_ d: Int) -> Money { Money(cents: d * 100) }
    static func + (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents + rhs.cents) }
    init(cents: Int) {
        self.cents = cents
        Money.created += 1
    }
    init?(text: String) {
        guard let v = Int(text) else { return nil }
        self.init(cents: v)
    }
    func describe() -> String { "$\(cents / 100).\(cents % 100)" }
}
extension Money {
    var isZero: Bool { cents == 0 }
    func doubled() -> Money { self + self }
}
let m = Money.dollars(2) + Money(cents: 50)
print(m.describe(), m.doubled().cents, m.isZero, Money.created)
print(Money(text: "12")?.cents ?? -1, Money(text: "x") == nil)
print(m == Money(cents: 250), m is Describable)
let items: [Describable] = [m, Money(cents: 5)]
print(items.map { $0.describe() })
