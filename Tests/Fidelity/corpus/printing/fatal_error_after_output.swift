// Checks that fatalError stops the program with its message after earlier prints.
enum Command { case greet, count, stop }
func run(_ command: Command) {
    switch command {
    case .greet:
        print("Hello!")
    case .count:
        for i in 1...3 { print(i, terminator: " ") }
        print()
    case .stop:
        fatalError("stop command received")
    }
}
for command in [Command.greet, .count, .stop, .greet] {
    print("running \(command)")
    run(command)
}
