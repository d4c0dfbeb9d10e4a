// Checks guard let inside functions for early exit, and use of the bound value afterwards.
func greet(_ person: [String: String]) {
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

greet(["name": "John"])
greet(["name": "Jane", "location": "Cupertino"])
greet([:])

func parseAge(_ text: String) -> Int {
    guard let age = Int(text), age >= 0 else {
        return -1
    }
    return age
}
print(parseAge("30"), parseAge("-5"), parseAge("abc"))
