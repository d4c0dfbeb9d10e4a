// Checks throwing closures stored in variables and arrays, and try inside closures.
enum MathError: Error {
    case domain(String)
}

let safeSqrt: (Double) throws -> Double = { x in
    guard x >= 0 else { throw MathError.domain("sqrt of \(x)") }
    return x.squareRoot()
}

let reciprocal: (Double) throws -> Double = { x in
    if x == 0 { throw MathError.domain("1/0") }
    return 1 / x
}

let operations: [(String, (Double) throws -> Double)] = [("sqrt", safeSqrt), ("recip", reciprocal)]
for value in [4.0, 0.0, -9.0] {
    for (name, op) in operations {
        do {
            let r = try op(value)
            print("\(name)(\(value)) = \(r)")
        } catch MathError.domain(let why) {
            print("\(name)(\(value)) failed: \(why)")
        } catch {}
    }
}
let results = [16.0, -1.0, 0.25].map { try? safeSqrt($0) }
print(results)
