// Checks structs holding closures as stored properties and calling them.
struct Validator {
    let name: String
    let check: (String) -> Bool
}
let validators = [
    Validator(name: "nonEmpty", check: { !$0.isEmpty }),
    Validator(name: "short", check: { $0.count <= 5 }),
    Validator(name: "lowercase", check: { $0 == $0.lowercased() }),
]
for word in ["hello", "", "Swift", "structures"] {
    let failed = validators.filter { !$0.check(word) }.map { $0.name }
    print("'\(word)':", failed.isEmpty ? "ok" : failed.joined(separator: ","))
}

struct Button {
    var title: String
    var onTap: () -> Void = { print("default tap") }
}
var b = Button(title: "OK")
b.onTap()
b.onTap = { print("custom tap") }
b.onTap()
