// Checks failable struct initializers init? returning nil for invalid input.
struct Animal {
    let species: String
    init?(species: String) {
        if species.isEmpty { return nil }
        self.species = species
    }
}
let someCreature = Animal(species: "Giraffe")
if let giraffe = someCreature {
    print("An animal was initialized with a species of \(giraffe.species)")
}
let anonymousCreature = Animal(species: "")
if anonymousCreature == nil {
    print("The anonymous creature could not be initialized")
}

struct Percentage {
    var value: Int
    init?(_ value: Int) {
        guard (0...100).contains(value) else { return nil }
        self.value = value
    }
}
for v in [50, 101, 0, -1] {
    if let p = Percentage(v) {
        print("\(p.value)% ok")
    } else {
        print("\(v) rejected")
    }
}
print(Percentage(75) as Any)
