// Closures made in a loop capture that iteration's variable
var makers: [() -> Int] = []
for i in 0..<3 {
    let doubled = i * 2
    makers.append { i + doubled }
}
print(makers.map { $0() })
func firstEven(_ xs: [Int]) -> Int? {
    for x in xs where x % 2 == 0 {
        let check = { x > 0 }
        if check() { return x }
    }
    return nil
}
print(firstEven([1, 3, 4, 6])!, firstEven([1]) == nil)
outerLoop: for i in 0..<3 {
    for j in 0..<3 {
        let f = { i * 10 + j }
        if f() == 11 { break outerLoop }
        if j == 1 { continue outerLoop }
        print(f())
    }
}
