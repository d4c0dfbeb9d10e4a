// Enums with associated values, raw values, switch
enum Shape {
    case circle(radius: Double)
    case rect(width: Double, height: Double)
    case empty
    var area: Double {
        switch self {
        case .circle(let r): return 3.0 * r * r
        case let .rect(w, h): return w * h
        case .empty: return 0
        }
    }
}
let shapes: [Shape] = [.circle(radius: 1), .rect(width: 2, height: 3), .empty]
print(shapes.map { $0.area })
print(shapes[1])
enum Planet: Int, CaseIterable { case mercury = 1, venus, earth }
print(Planet.earth.rawValue, Planet(rawValue: 2)!, Planet.allCases.count)
enum Direction { case north, south
    mutating func flip() { self = self == .north ? .south : .north }
}
var dir = Direction.north
dir.flip()
print(dir, dir == .south)
