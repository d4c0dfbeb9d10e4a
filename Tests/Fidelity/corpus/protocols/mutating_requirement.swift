// Checks a mutating method requirement on a struct and an enum.
protocol Togglable {
    mutating func toggle()
}

enum Switch: Togglable {
    case off, on
    mutating func toggle() {
        switch self {
        case .off: self = .on
        case .on: self = .off
        }
    }
}

struct Lamp: Togglable {
    var lit = false
    mutating func toggle() {
        lit = !lit
    }
}

var s = Switch.off
s.toggle()
print(s)
s.toggle()
print(s)

var lamp = Lamp()
for i in 1...3 {
    lamp.toggle()
    print("toggle \(i): lit = \(lamp.lit)")
}
