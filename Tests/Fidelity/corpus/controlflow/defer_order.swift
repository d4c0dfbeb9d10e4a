// Checks defer blocks running at scope exit in reverse order, including on early return and in loops.
func process(_ n: Int) -> String {
    print("start \(n)")
    defer { print("cleanup A for \(n)") }
    defer { print("cleanup B for \(n)") }
    if n < 0 {
        return "negative"
    }
    print("working on \(n)")
    return "done"
}
print(process(1))
print(process(-1))
for i in 1...2 {
    defer { print("end of iteration \(i)") }
    print("iteration \(i)")
}
do {
    defer { print("leaving do block") }
    print("inside do block")
}
