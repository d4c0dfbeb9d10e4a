// Checks argument labels, omitted labels with _, and distinct external/internal names.
func greet(person: String, from hometown: String) -> String {
    return "Hello \(person)!  Glad you could visit from \(hometown)."
}
print(greet(person: "Bill", from: "Cupertino"))

func someFunction(_ firstParameterName: Int, secondParameterName: Int) -> Int {
    return firstParameterName * 10 + secondParameterName
}
print(someFunction(1, secondParameterName: 2))

func move(from start: Int, to end: Int, by step: Int) -> [Int] {
    return Array(stride(from: start, to: end, by: step))
}
print(move(from: 0, to: 10, by: 3))

func join(_ a: String, _ b: String, with separator: String) -> String {
    a + separator + b
}
print(join("left", "right", with: " | "))
func sayHelloWorld() -> String { "hello, world" }
print(sayHelloWorld())
