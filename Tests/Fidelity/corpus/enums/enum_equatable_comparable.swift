// Checks synthesized Equatable for enums with associated values and Comparable ordering of cases.
enum Priority: Comparable {
    case low, medium, high, critical
}
let tasks: [(String, Priority)] = [("write", .medium), ("deploy", .critical), ("tidy", .low), ("test", .high)]
let sorted = tasks.sorted { $0.1 > $1.1 }
for (name, p) in sorted {
    print(name, p)
}
print(Priority.low < Priority.high, Priority.critical <= .medium)
print([Priority.high, .low, .medium].max()!)

enum Result: Equatable {
    case success(Int)
    case failure(String)
}
let r1 = Result.success(1)
print(r1 == .success(1), r1 == .success(2), r1 == .failure("x"))
print([Result.failure("a"), .success(3)].contains(.success(3)))
