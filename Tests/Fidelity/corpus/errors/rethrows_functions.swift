// Checks rethrows: a higher-order function that throws only when its closure throws.
enum ValidationError: Error {
    case negative(Int)
}

func applyAll(_ xs: [Int], _ f: (Int) throws -> Int) rethrows -> [Int] {
    var out: [Int] = []
    for x in xs {
        out.append(try f(x))
    }
    return out
}

func checked(_ x: Int) throws -> Int {
    if x < 0 { throw ValidationError.negative(x) }
    return x * 2
}

print(applyAll([1, 2, 3]) { $0 + 100 })
do {
    print(try applyAll([4, 5], checked))
    print(try applyAll([6, -7, 8], checked))
} catch ValidationError.negative(let n) {
    print("rejected \(n)")
} catch {
    print("unexpected")
}

do {
    let r = try [3, 1, 2].map { try checked($0) }
    print(r)
    _ = try [1, -2].map(checked)
} catch {
    print("map rethrew: \(error)")
}
