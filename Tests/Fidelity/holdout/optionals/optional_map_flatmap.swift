// Checks Optional.map, flatMap, comparisons with nil and switch over optionals.
let maybeNumber: Int? = 7
let nothing: Int? = nil
print(maybeNumber.map { $0 * 2 } as Any)
print(nothing.map { $0 * 2 } as Any)
let text: String? = "42"
let parsed = text.flatMap { Int($0) }
print(parsed as Any)
print(maybeNumber == 7, nothing == nil, maybeNumber != nil)
func describe(_ value: Int?) -> String {
    switch value {
    case .none:
        return "no value"
    case .some(let n) where n < 0:
        return "negative \(n)"
    case let n?:
        return "value \(n)"
    }
}
print(describe(nil), describe(-3), describe(10))
let values: [Int?] = [1, nil, 3, nil, 5]
print(values.compactMap { $0 })
print(values.map { $0 ?? 0 })
for case let v? in values {
    print("got \(v)")
}
let nestedOptional: Int?? = .some(nil)
print(nestedOptional as Any)
var optionalString: String? = "hi"
print(optionalString?.count ?? 0)
optionalString = nil
print(optionalString?.count ?? 0)
print(String(describing: optionalString))
