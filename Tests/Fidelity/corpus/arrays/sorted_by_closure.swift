// Checks sorted(), sorted(by:) with full closures, shorthand arguments and operator functions.
let names = ["Chris", "Alex", "Ewa", "Barry", "Daniella"]
func backward(_ s1: String, _ s2: String) -> Bool {
    return s1 > s2
}
var reversedNames = names.sorted(by: backward)
print(reversedNames)
reversedNames = names.sorted(by: { (s1: String, s2: String) -> Bool in
    return s1 > s2
})
print(reversedNames)
reversedNames = names.sorted(by: { s1, s2 in s1 > s2 })
print(reversedNames)
reversedNames = names.sorted { $0 > $1 }
print(reversedNames)
print(names.sorted(by: <))
print(names)

let pairs = [(3, "c"), (1, "a"), (2, "b"), (1, "z")]
let byNumber = pairs.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 > $1.1 }
for (n, s) in byNumber {
    print(n, s)
}
