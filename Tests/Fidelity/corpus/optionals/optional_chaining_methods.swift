// Checks optional chaining on strings and arrays: method calls returning optionals, chained ?.
struct Address {
    var street: String
    var city: String?
}
struct Customer {
    var name: String
    var address: Address?
}

let people: [Customer] = [
    Customer(name: "Ada", address: Address(street: "1 Main St", city: "Boston")),
    Customer(name: "Bob", address: Address(street: "2 Side Rd", city: nil)),
    Customer(name: "Cy", address: nil),
]
for p in people {
    let city = p.address?.city ?? "unknown"
    let upper = p.address?.city?.uppercased()
    let streetLen = p.address?.street.count
    print(p.name, city, upper ?? "n/a", streetLen ?? 0)
}

var maybeList: [Int]? = [3, 1, 2]
print(maybeList?.count as Any)
print(maybeList?.sorted() as Any)
maybeList?.append(9)
print(maybeList?.last as Any)
maybeList = nil
maybeList?.append(1)
print(maybeList?.isEmpty as Any)
