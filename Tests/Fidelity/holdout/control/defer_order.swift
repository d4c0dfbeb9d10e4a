// Checks defer execution order in functions, loops and nested scopes.
func process(_ name: String) {
    print("start \(name)")
    defer { print("cleanup 1 for \(name)") }
    defer { print("cleanup 2 for \(name)") }
    if name == "early" {
        print("returning early")
        return
    }
    print("finishing \(name)")
}
process("normal")
process("early")
for i in 1...2 {
    defer { print("end of iteration \(i)") }
    print("iteration \(i)")
}
func counter() -> Int {
    var x = 1
    defer { x += 10; print("deferred x = \(x)") }
    return x
}
print("returned \(counter())")
do {
    defer { print("leaving do block") }
    print("inside do block")
}
