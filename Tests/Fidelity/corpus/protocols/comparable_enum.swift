// Checks an enum with Comparable conformance (synthesized) and raw values.
enum Priority: Int, Comparable {
    case low = 1, medium, high, critical

    static func < (a: Priority, b: Priority) -> Bool {
        a.rawValue < b.rawValue
    }
}

enum Size: Comparable {
    case small, medium, large
}

let tasks: [(String, Priority)] = [
    ("write report", .medium),
    ("fix outage", .critical),
    ("water plants", .low),
    ("review PR", .high),
]

for (name, p) in tasks.sorted(by: { $0.1 > $1.1 }) {
    print("\(p) [\(p.rawValue)]: \(name)")
}
print(Priority.low < Priority.high)
print([Size.large, .small, .medium, .small].sorted())
print([Size.medium, .large].max()!)
