// Checks that closures capture variables by reference, seeing later changes and sharing updates.
var message = "hello"
let show = { print("message is \(message)") }
show()
message = "goodbye"
show()

var total = 0
let add: (Int) -> Void = { total += $0 }
add(5)
add(7)
print("total = \(total)")

var closures: [() -> Int] = []
for i in 1...3 {
    closures.append { i * 100 }
}
print(closures.map { $0() })

var x = 1
var readers: [() -> Int] = []
while x <= 3 {
    readers.append { x }
    x += 1
}
print(readers.map { $0() })
