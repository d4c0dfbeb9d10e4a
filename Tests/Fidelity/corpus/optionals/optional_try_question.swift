// Checks try? converting thrown errors into nil, combined with if let and ??.
enum ParseError: Error {
    case empty
    case notNumeric(String)
}

func parse(_ s: String) throws -> Int {
    if s.isEmpty { throw ParseError.empty }
    guard let n = Int(s) else { throw ParseError.notNumeric(s) }
    return n
}

let good = try? parse("21")
let bad = try? parse("abc")
let empty = try? parse("")
print(good as Any, bad as Any, empty as Any)

if let value = try? parse("100") {
    print("parsed \(value)")
}
let fallback = (try? parse("oops")) ?? 0
print("fallback \(fallback)")

do {
    _ = try parse("1x")
} catch ParseError.notNumeric(let text) {
    print("not numeric: \(text)")
} catch {
    print("other error")
}
