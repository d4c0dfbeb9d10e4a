// Checks guard let / guard with conditions, early exit in functions and loops.
func greet(person: [String: String]) {
    guard let name = person["name"] else {
        print("No name given")
        return
    }
    print("Hello \(name)!")
    guard let location = person["location"] else {
        print("I hope the weather is nice near you.")
        return
    }
    print("I hope the weather is nice in \(location).")
}
greet(person: ["name": "John"])
greet(person: ["name": "Jane", "location": "Cupertino"])
greet(person: [:])
func parseAge(_ text: String) -> Int? {
    guard let age = Int(text), age >= 0, age < 150 else {
        return nil
    }
    return age
}
print(parseAge("42") as Any, parseAge("-3") as Any, parseAge("abc") as Any)
for value in ["7", "x", "200", "15"] {
    guard let age = parseAge(value) else {
        print("skip \(value)")
        continue
    }
    print("age \(age)")
}
