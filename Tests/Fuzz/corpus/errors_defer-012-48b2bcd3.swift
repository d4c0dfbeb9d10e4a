func work() -> String {
    var trail: [String] = []
    func step() {
        defer { trail.append("deferred") }
        trail.append("body")
    }
    step()
    return trail.joined(separator: ",")
}
print(work())
func order() {
    defer { print("first defer runs last") }
    defer { print("second defer runs first") }
    print("body")
}
order()
