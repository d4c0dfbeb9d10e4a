// Checks protocols that use Self in requirements (returning and taking Self).
protocol Combinable {
    func combined(with other: Self) -> Self
    static var identity: Self { get }
}

struct Vector2: Combinable, CustomStringConvertible {
    var x: Double, y: Double
    func combined(with other: Vector2) -> Vector2 {
        Vector2(x: x + other.x, y: y + other.y)
    }
    static var identity: Vector2 { Vector2(x: 0, y: 0) }
    var description: String { "(\(x), \(y))" }
}

extension String: Combinable {
    func combined(with other: String) -> String { self + other }
    static var identity: String { "" }
}

func combineAll<T: Combinable>(_ values: [T]) -> T {
    values.reduce(T.identity) { $0.combined(with: $1) }
}

print(combineAll([Vector2(x: 1, y: 2), Vector2(x: 3, y: 4), Vector2(x: -0.5, y: 0.25)]))
print(combineAll(["ab", "cd", "ef"]))
print(combineAll([String]()).isEmpty)
print(Vector2.identity)
