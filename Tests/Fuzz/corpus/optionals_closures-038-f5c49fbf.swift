// Optionals
var maybe: Int? = nil
print(maybe == nil, maybe ?? 7)
maybe = 3
print(maybe!)
print(maybe as Any)
if let m = maybe { print("got", m) }
if let maybe { print("shorthand", maybe) }
func half(_ n: Int) -> Int? { n % 2 == 0 ? n / 2 : nil }
func check(_ n: Int) -> String {
    guard let h = half(n) else { return "odd" }
    return "half is \(h)"
}
print(check(10), check(3))
struct Box { var inner: [Int]? }
let b: Box? = Box(inner: [1, 2])
print(b?.inner?.count ?? 0, b?.inner?.first ?? -1)
let none: Box? = nil
print(none?.inner?.count == nil)
