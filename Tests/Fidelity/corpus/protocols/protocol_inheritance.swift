// Checks protocol inheritance and protocol composition with &.
protocol Animal {
    var name: String { get }
    func sound() -> String
}

protocol Pet: Animal {
    var owner: String { get }
}

protocol Trained { var tricks: [String] { get } }

struct Dog: Pet, Trained {
    let name: String
    let owner: String
    let tricks: [String]
    func sound() -> String { "Woof" }
}

struct Cat: Pet {
    let name: String
    let owner: String
    func sound() -> String { "Meow" }
}

func introduce(_ p: Pet) { print("\(p.name) belongs to \(p.owner) and says \(p.sound())") }

func showOff(_ x: Pet & Trained) {
    print("\(x.name) can: \(x.tricks.joined(separator: ", "))")
}

let rex = Dog(name: "Rex", owner: "Sam", tricks: ["sit", "roll over"])
let tom = Cat(name: "Tom", owner: "Jerry")
introduce(rex)
introduce(tom)
showOff(rex)
let animals: [Animal] = [rex, tom]
print(animals.map { $0.sound() })
print(animals[0] is Trained, animals[1] is Trained)
