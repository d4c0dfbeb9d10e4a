// Checks higher-order functions that take and return closures: adders, multipliers, and repeated application.
func makeAdder(_ n: Int) -> (Int) -> Int {
    return { $0 + n }
}
func makeMultiplier(_ n: Int) -> (Int) -> Int {
    { x in x * n }
}
func twice(_ f: @escaping (Int) -> Int) -> (Int) -> Int {
    { f(f($0)) }
}
func applyN(_ f: (Int) -> Int, times: Int, to x: Int) -> Int {
    var result = x
    for _ in 0..<times { result = f(result) }
    return result
}
let add3 = makeAdder(3)
let times4 = makeMultiplier(4)
print(add3(10), times4(10))
print(twice(add3)(0), twice(times4)(1))
print(applyN(times4, times: 3, to: 1))
print(applyN(makeAdder(-2), times: 5, to: 0))

func makeGreeter(greeting: String) -> (String) -> String {
    { name in "\(greeting), \(name)!" }
}
let greeters = ["Hello", "Hola", "Bonjour"].map(makeGreeter)
for g in greeters {
    print(g("Sam"))
}
