// Checks static vs class type properties/methods and overriding class members in subclasses.
class SomeClass {
    static var storedTypeProperty = "Some value."
    static var computedTypeProperty: Int { 27 }
    class var overrideableComputedTypeProperty: Int { 107 }
    class func describe() -> String { "SomeClass" }
}
class SubClass: SomeClass {
    override class var overrideableComputedTypeProperty: Int { 200 }
    override class func describe() -> String { "SubClass of " + super.describe() }
}
print(SomeClass.storedTypeProperty)
print(SomeClass.computedTypeProperty)
print(SomeClass.overrideableComputedTypeProperty, SubClass.overrideableComputedTypeProperty)
print(SomeClass.describe())
print(SubClass.describe())

class Ticket {
    static var issued = 0
    let number: Int
    init() {
        Ticket.issued += 1
        number = Ticket.issued
    }
}
let tickets = (1...3).map { _ in Ticket() }
print(tickets.map { $0.number }, Ticket.issued)
