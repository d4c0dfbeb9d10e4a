// Checks final classes and final members, used normally alongside non-final ones.
class Logger {
    final let prefix: String
    init(prefix: String) { self.prefix = prefix }
    final func format(_ message: String) -> String {
        return "[\(prefix)] \(message)"
    }
    func log(_ message: String) {
        print(format(message))
    }
}
final class LoudLogger: Logger {
    override func log(_ message: String) {
        print(format(message.uppercased() + "!"))
    }
}
let loggers: [Logger] = [Logger(prefix: "info"), LoudLogger(prefix: "warn")]
for l in loggers {
    l.log("disk almost full")
}
final class Counter {
    private var count = 0
    func next() -> Int {
        count += 1
        return count
    }
}
let c = Counter()
print(c.next(), c.next(), c.next())
