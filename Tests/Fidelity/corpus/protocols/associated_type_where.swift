// Checks associated types with constraints and a generic function using a where clause.
protocol Producer {
    associatedtype Output: Comparable
    func produce() -> [Output]
}

struct Evens: Producer {
    let limit: Int
    func produce() -> [Int] {
        stride(from: 0, through: limit, by: 2).map { $0 }
    }
}

struct Words: Producer {
    func produce() -> [String] { ["pear", "apple", "fig"] }
}

func largest<P: Producer>(from p: P) -> P.Output? {
    p.produce().max()
}

func sameOutput<A: Producer, B: Producer>(_ a: A, _ b: B) -> Bool where A.Output == B.Output {
    a.produce() == b.produce()
}

print(Evens(limit: 9).produce())
print(largest(from: Evens(limit: 9)) ?? -1)
print(largest(from: Words()) ?? "none")
print(Words().produce().sorted())
print(sameOutput(Evens(limit: 4), Evens(limit: 5)))
print(sameOutput(Evens(limit: 4), Evens(limit: 6)))
