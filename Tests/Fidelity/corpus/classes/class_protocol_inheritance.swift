// Checks classes conforming to protocols, with subclass overrides found through the protocol type.
protocol Describable {
    func describe() -> String
}
class Animal: Describable {
    let legs: Int
    init(legs: Int) { self.legs = legs }
    func describe() -> String { "animal with \(legs) legs" }
}
class Bird: Animal {
    init() { super.init(legs: 2) }
    override func describe() -> String { "bird; " + super.describe() }
}
class Robot: Describable {
    func describe() -> String { "robot" }
}
let things: [Describable] = [Animal(legs: 4), Bird(), Robot()]
for t in things {
    print(t.describe())
}
let animals = things.compactMap { $0 as? Animal }
print(animals.count, animals.map { $0.legs })
print(things.filter { $0 is Bird }.count)
