// Checks an exhaustive check that ends in fatalError with a message after printing results.
enum Command: String {
    case start, stop, status
}

func execute(_ raw: String) -> String {
    guard let cmd = Command(rawValue: raw) else {
        fatalError("unknown command: \(raw)")
    }
    switch cmd {
    case .start: return "starting"
    case .stop: return "stopping"
    case .status: return "all good"
    }
}

for input in ["start", "status", "stop"] {
    print(input, "->", execute(input))
}
print(execute("reboot"))
