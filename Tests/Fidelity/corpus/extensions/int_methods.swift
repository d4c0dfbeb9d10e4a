// Checks extending Int with methods, computed properties and a mutating method.
extension Int {
    var isEven: Bool { self % 2 == 0 }
    var squared: Int { self * self }
    var digits: [Int] {
        String(abs(self)).compactMap { $0.wholeNumberValue }
    }

    func repetitions(task: () -> Void) {
        for _ in 0..<self { task() }
    }

    mutating func square() {
        self = self * self
    }
}

print(7.isEven, 10.isEven)
print(12.squared)
print(9075.digits, (-42).digits)
3.repetitions {
    print("Hello!")
}
var n = 5
n.square()
print(n)
print((1...6).filter { $0.isEven }.map { $0.squared })
