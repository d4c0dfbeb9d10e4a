// Checks static property and static method requirements, called through generics.
protocol Unit {
    static var symbol: String { get }
    static func fromBase(_ meters: Double) -> Double
}

enum Kilometers: Unit {
    static var symbol: String { "km" }
    static func fromBase(_ meters: Double) -> Double { meters / 1000 }
}

enum Centimeters: Unit {
    static let symbol = "cm"
    static func fromBase(_ meters: Double) -> Double { meters * 100 }
}

func show<U: Unit>(_ meters: Double, in unit: U.Type) {
    print("\(meters) m = \(U.fromBase(meters)) \(U.symbol)")
}

show(1500, in: Kilometers.self)
show(2.5, in: Centimeters.self)
print(Kilometers.symbol, Centimeters.symbol)

protocol Defaultable {
    static func makeDefault() -> Self
}
extension Int: Defaultable { static func makeDefault() -> Int { 42 } }
extension Bool: Defaultable { static func makeDefault() -> Bool { true } }
func defaults<T: Defaultable>(_ n: Int, of: T.Type) -> [T] {
    (0..<n).map { _ in T.makeDefault() }
}
print(defaults(3, of: Int.self))
print(defaults(2, of: Bool.self))
