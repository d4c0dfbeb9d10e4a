// Checks super.method() and super.init() calls through a three-level hierarchy.
class Animal {
    let name: String
    init(name: String) {
        self.name = name
        print("Animal.init(\(name))")
    }
    func speak() -> String {
        return "\(name) makes a sound"
    }
}
class Dog: Animal {
    let breed: String
    init(name: String, breed: String) {
        self.breed = breed
        print("Dog.init before super")
        super.init(name: name)
        print("Dog.init after super")
    }
    override func speak() -> String {
        return super.speak() + ", specifically a bark"
    }
}
class Puppy: Dog {
    override init(name: String, breed: String) {
        super.init(name: name, breed: breed)
        print("Puppy.init done")
    }
    override func speak() -> String {
        return super.speak() + " (a tiny one)"
    }
}
let p = Puppy(name: "Rex", breed: "Beagle")
print(p.speak())
print(p.breed)
