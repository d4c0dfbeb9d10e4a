// Checks closures capturing and mutating variables; closures as reference types.
func makeIncrementer(forIncrement amount: Int) -> () -> Int {
    var runningTotal = 0
    func incrementer() -> Int {
        runningTotal += amount
        return runningTotal
    }
    return incrementer
}
let incrementByTen = makeIncrementer(forIncrement: 10)
print(incrementByTen(), incrementByTen(), incrementByTen())
let incrementBySeven = makeIncrementer(forIncrement: 7)
print(incrementBySeven())
print(incrementByTen())
let alsoIncrementByTen = incrementByTen
print(alsoIncrementByTen())
print(incrementByTen())
var counter = 0
let bump = { counter += 1 }
bump(); bump(); bump()
print("counter = \(counter)")
var handlers: [() -> String] = []
for i in 1...3 {
    handlers.append { "handler \(i)" }
}
print(handlers.map { $0() })
var x = 1
let captureList = { [x] in "captured \(x)" }
let live = { "live \(x)" }
x = 99
print(captureList(), live())
