// Checks guard-else-throw validation of user input with a struct error carrying a field name.
struct ValidationFailure: Error {
    let field: String
    let reason: String
}

struct SignUp {
    let user: String
    let password: String
    let age: Int
}

func validate(_ form: SignUp) throws {
    guard form.user.count >= 3 else {
        throw ValidationFailure(field: "user", reason: "too short")
    }
    guard form.password.contains(where: { $0.isNumber }) else {
        throw ValidationFailure(field: "password", reason: "needs a digit")
    }
    guard (13...120).contains(form.age) else {
        throw ValidationFailure(field: "age", reason: "\(form.age) not allowed")
    }
}

let forms = [
    SignUp(user: "al", password: "x1", age: 20),
    SignUp(user: "alice", password: "secret", age: 20),
    SignUp(user: "alice", password: "s3cret", age: 9),
    SignUp(user: "alice", password: "s3cret", age: 30),
]
for (i, f) in forms.enumerated() {
    do {
        try validate(f)
        print("form \(i): valid")
    } catch let v as ValidationFailure {
        print("form \(i): \(v.field) \(v.reason)")
    } catch {
        print("form \(i): ?")
    }
}
