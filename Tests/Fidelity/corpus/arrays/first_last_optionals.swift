// Checks first and last as optionals, with if let, ?? and optional printing.
let temperatures = [21.5, 19.0, 25.25, 18.75]
if let first = temperatures.first, let last = temperatures.last {
    print("first: \(first), last: \(last)")
}
let none: [Int] = []
print(none.first as Any)
print(none.last ?? -1)
print(temperatures.first!)
let words = ["swift", "kotlin", "rust"]
print(words.first?.uppercased() ?? "nothing")
print(words.last?.count ?? 0)
print(words.first(where: { $0.hasPrefix("k") }) ?? "none")
let maybe: Int? = none.first
switch maybe {
case .some(let v):
    print("got \(v)")
case .none:
    print("empty array has no first element")
}
