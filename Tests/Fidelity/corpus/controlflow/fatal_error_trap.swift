// Checks output before a runtime trap: fatalError in an unexpected switch default.
enum Command: String {
    case start, stop, pause
}
func run(_ text: String) -> String {
    guard let command = Command(rawValue: text) else {
        fatalError("Unknown command: \(text)")
    }
    switch command {
    case .start: return "starting"
    case .stop: return "stopping"
    case .pause: return "pausing"
    }
}
for input in ["start", "pause", "stop", "rewind"] {
    print("\(input) -> \(run(input))")
}
print("unreachable")
