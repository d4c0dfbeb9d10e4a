// Checks synthesized and hand-written Equatable used by ==, != and contains.
struct Point: Equatable {
    var x: Int
    var y: Int
}

struct Money: Equatable {
    var cents: Int
    var currency: String
    static func == (lhs: Money, rhs: Money) -> Bool {
        lhs.cents == rhs.cents && lhs.currency.lowercased() == rhs.currency.lowercased()
    }
}

let a = Point(x: 1, y: 2)
let b = Point(x: 1, y: 2)
let c = Point(x: 2, y: 1)
print(a == b, a == c, a != c)

let path = [Point(x: 0, y: 0), Point(x: 1, y: 2), Point(x: 3, y: 3)]
print(path.contains(a))
print(path.contains(c))
print(path.firstIndex(of: Point(x: 3, y: 3)) ?? -1)

let m1 = Money(cents: 500, currency: "USD")
let m2 = Money(cents: 500, currency: "usd")
print(m1 == m2)
print(m1 == Money(cents: 499, currency: "USD"))
