// Checks how optionals print: Optional(...) wrapping, nil, nested optionals, and in collections.
let a: Int? = 42
let b: String? = "hi"
let c: Double? = nil
print(a as Any)
print(b as Any)
print(c as Any)
print(String(describing: a))
print(String(describing: c))
print("interpolated: \(String(describing: b))")

let nested: Int?? = 7
print(nested as Any)
let nestedNil: Int?? = .some(nil)
print(nestedNil as Any)

let arr: [Int?] = [1, nil, 3]
print(arr)
let strs: [String?] = ["x", nil]
print(strs)
debugPrint(b as Any)
print([a, nil, a])
