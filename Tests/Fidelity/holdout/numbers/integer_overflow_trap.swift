// Checks that arithmetic overflow on Int traps at runtime after printing factorials.
func factorial(_ n: Int) -> Int {
    var result = 1
    for k in 1...n {
        result = result * k
    }
    return result
}
for n in [5, 10, 15, 20] {
    print("\(n)! = \(factorial(n))")
}
print("now computing 21!")
print(factorial(21))
print("unreachable")
