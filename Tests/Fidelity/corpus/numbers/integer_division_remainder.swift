// Checks integer division and remainder with negative operands.
let pairs = [(9, 4), (-9, 4), (9, -4), (-9, -4), (0, 3), (3, 7)]
for (x, y) in pairs {
    print("\(x) / \(y) = \(x / y), \(x) % \(y) = \(x % y)")
}
let (q, r) = 17.quotientAndRemainder(dividingBy: 5)
print(q, r)
let (nq, nr) = (-17).quotientAndRemainder(dividingBy: 5)
print(nq, nr)
func mod(_ a: Int, _ n: Int) -> Int {
    let r = a % n
    return r >= 0 ? r : r + n
}
print(mod(-7, 3), mod(7, 3), mod(-3, 3))
print(8.isMultiple(of: 4), 9.isMultiple(of: 4), 0.isMultiple(of: 0))
