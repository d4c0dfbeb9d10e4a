// Checks Optional.map and Optional.flatMap on present and absent values.
let possibleNumber: Int? = Int("42")
let noNumber: Int? = Int("forty-two")

let squared = possibleNumber.map { $0 * $0 }
let squaredNone = noNumber.map { $0 * $0 }
print(squared as Any)
print(squaredNone as Any)

let text: String? = "17"
let parsed = text.flatMap { Int($0) }
let nested = text.map { Int($0) }
print(parsed as Any)
print(nested as Any)

let bad: String? = "x9"
print(bad.flatMap { Int($0) } as Any)

let name: String? = "swift"
let upper = name.map { $0.uppercased() } ?? "none"
print(upper)
let length = name.map { $0.count }
if let length {
    print("length \(length)")
}
