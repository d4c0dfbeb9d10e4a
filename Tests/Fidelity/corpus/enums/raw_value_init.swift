// Checks failable init(rawValue:) for Int and String raw values.
enum Planet: Int {
    case mercury = 1, venus, earth, mars, jupiter, saturn, uranus, neptune
}
let possiblePlanet = Planet(rawValue: 7)
print(possiblePlanet as Any)

let positionToFind = 11
if let somePlanet = Planet(rawValue: positionToFind) {
    switch somePlanet {
    case .earth:
        print("Mostly harmless")
    default:
        print("Not a safe place for humans")
    }
} else {
    print("There isn't a planet at position \(positionToFind)")
}

enum Command: String {
    case start, stop, pause
}
for word in ["start", "jump", "pause", "STOP"] {
    if let cmd = Command(rawValue: word) {
        print("\(word) -> \(cmd)")
    } else {
        print("\(word) -> unknown")
    }
}
print(Planet(rawValue: 3) == .earth)
print(Command(rawValue: "stop").map { $0.rawValue.count } ?? 0)
