// Checks capture lists [x] copying values at closure creation versus capturing the variable itself.
var a = 0
var b = 0
let closure = { [a] in
    print(a, b)
}
a = 10
b = 10
closure()

var counter = 1
let snapshot = { [counter] in "captured \(counter)" }
let live = { "live \(counter)" }
counter = 99
print(snapshot())
print(live())

var handlers: [() -> String] = []
var name = "first"
handlers.append { [name] in name }
name = "second"
handlers.append { [name] in name }
name = "third"
handlers.append { name }
print(handlers.map { $0() })

let base = 5
let adder = { [offset = base * 2] (x: Int) -> Int in x + offset }
print(adder(1), adder(10))
