// Checks how errors print: plain enum, struct, CustomStringConvertible, and localizedDescription-free interpolation.
enum Simple: Error {
    case oops
    case code(Int)
    case detail(msg: String, line: Int)
}

struct Described: Error, CustomStringConvertible {
    let what: String
    var description: String { "Described error: \(what)" }
}

struct Bare: Error {
    let id: Int
    let tags: [String]
}

let errors: [Error] = [Simple.oops, Simple.code(7), Simple.detail(msg: "bad", line: 3), Described(what: "disk full"), Bare(id: 1, tags: ["x"])]
for e in errors {
    print(e)
}
for e in errors {
    print("caught: \(e)")
}
print(String(describing: errors[1]))
print(String(reflecting: errors[0]))
print(errors.map { "\(type(of: $0))" })
print(errors[0] is Simple, errors[3] is Simple)
