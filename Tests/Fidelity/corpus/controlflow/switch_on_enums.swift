// Checks exhaustive switch on an enum, compound cases, and switching on self in a method.
enum CompassPoint {
    case north, south, east, west
    var turnedRight: CompassPoint {
        switch self {
        case .north: return .east
        case .east: return .south
        case .south: return .west
        case .west: return .north
        }
    }
}
var direction = CompassPoint.west
for _ in 0..<5 {
    print(direction)
    direction = direction.turnedRight
}
enum Planet: Int {
    case mercury = 1, venus, earth, mars
}
for raw in [3, 1, 9] {
    if let planet = Planet(rawValue: raw) {
        switch planet {
        case .earth:
            print("Mostly harmless")
        case .mercury, .venus:
            print("\(planet) is an inner planet")
        default:
            print("Not a safe place for humans")
        }
    } else {
        print("There isn't a planet at position \(raw)")
    }
}
