// Classes: reference semantics, inheritance, super
class Animal {
    var name: String
    var sound: String { "..." }
    init(name: String) { self.name = name }
    func speak() -> String { "\(name) says \(sound)" }
}
class Dog: Animal {
    var tricks = 0
    override var sound: String { "woof" }
    func learn() { tricks += 1 }
    override func speak() -> String { super.speak() + "!" }
}
let d = Dog(name: "Rex")
let alias = d
alias.learn()
alias.name = "Max"
print(d.tricks, d.name, d.speak())
let animals: [Animal] = [Animal(name: "Cat"), d]
print(animals.map { $0.speak() })
print(d is Animal, d is Dog, animals[0] is Dog, (animals[1] as? Dog)?.tricks ?? -1)
print(d === alias)
