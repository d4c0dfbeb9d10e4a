// Checks mutating enum methods that assign a different case to self, like a state machine.
enum TriStateSwitch {
    case off, low, high
    mutating func next() {
        switch self {
        case .off:
            self = .low
        case .low:
            self = .high
        case .high:
            self = .off
        }
    }
}
var ovenLight = TriStateSwitch.low
ovenLight.next()
print(ovenLight)
ovenLight.next()
print(ovenLight)

enum TrafficLight {
    case red, green, yellow
    mutating func advance() {
        self = switch self {
        case .red: .green
        case .green: .yellow
        case .yellow: .red
        }
    }
    var canGo: Bool { self == .green }
}
var light = TrafficLight.red
for _ in 0..<5 {
    print(light, light.canGo)
    light.advance()
}
