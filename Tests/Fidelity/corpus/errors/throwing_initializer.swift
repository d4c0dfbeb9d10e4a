// Checks a throwing initializer and failable initializer side by side.
enum AgeError: Error {
    case negative
    case unrealistic(Int)
}

struct Person {
    let name: String
    let age: Int

    init(name: String, age: Int) throws {
        guard age >= 0 else { throw AgeError.negative }
        guard age < 150 else { throw AgeError.unrealistic(age) }
        self.name = name
        self.age = age
    }

    init?(record: String) {
        let parts = record.split(separator: ",")
        guard parts.count == 2, let a = Int(parts[1]) else { return nil }
        do { try self.init(name: String(parts[0]), age: a) } catch { return nil }
    }
}

do {
    let p = try Person(name: "Ada", age: 36)
    print(p.name, p.age)
    _ = try Person(name: "Old", age: 200)
} catch AgeError.unrealistic(let a) {
    print("unrealistic age \(a)")
} catch {
    print(error)
}
print((try? Person(name: "Neg", age: -1)) == nil)
print(Person(record: "Bob,40")?.age ?? -1)
print(Person(record: "nonsense")?.age ?? -1)
print(Person(record: "Kid,-4")?.age ?? -1)
