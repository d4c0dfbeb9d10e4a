// Checks deinitializers, reference counting, and weak references breaking cycles.
class Player {
    let name: String
    init(name: String) { self.name = name; print("\(name) joins the game") }
    deinit { print("\(name) leaves the game") }
}
var playerOne: Player? = Player(name: "Ana")
var alias = playerOne
playerOne = nil
print("alias still holds \(alias!.name)")
alias = nil
print("after releasing alias")
class Person {
    let name: String
    init(name: String) { self.name = name }
    var apartment: Apartment?
    deinit { print("\(name) is being deinitialized") }
}
class Apartment {
    let unit: String
    init(unit: String) { self.unit = unit }
    weak var tenant: Person?
    deinit { print("Apartment \(unit) is being deinitialized") }
}
var john: Person? = Person(name: "John Appleseed")
var unit4A: Apartment? = Apartment(unit: "4A")
john!.apartment = unit4A
unit4A!.tenant = john
print(unit4A!.tenant?.name ?? "none")
john = nil
print(unit4A!.tenant?.name ?? "none")
unit4A = nil
do {
    let temp = Player(name: "Temp")
    print("scoped \(temp.name)")
}
print("done")
