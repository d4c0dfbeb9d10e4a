// Checks try? converting errors to nil, combined with ?? and if let.
enum LookupError: Error {
    case notFound(String)
}

let phoneBook = ["ana": "555-0101", "ben": "555-0199"]

func phone(for name: String) throws -> String {
    guard let p = phoneBook[name.lowercased()] else {
        throw LookupError.notFound(name)
    }
    return p
}

let a = try? phone(for: "Ana")
let z = try? phone(for: "Zoe")
print(a as Any)
print(z as Any)
print((try? phone(for: "BEN")) ?? "unknown")
print((try? phone(for: "Cid")) ?? "unknown")
if let p = try? phone(for: "ben") {
    print("Ben's number is \(p)")
}
let numbers = ["ana", "x", "ben", "y"].compactMap { try? phone(for: $0) }
print(numbers)
func half(_ n: Int) throws -> Int? {
    if n < 0 { throw LookupError.notFound("negative") }
    return n.isMultiple(of: 2) ? n / 2 : nil
}
print(try? half(8) as Any, try? half(3) as Any, try? half(-1) as Any)
