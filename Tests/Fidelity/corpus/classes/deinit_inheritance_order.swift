// Checks that subclass deinit runs before superclass deinit, and init order across the chain.
class Base {
    let id: Int
    init(id: Int) {
        self.id = id
        print("Base.init \(id)")
    }
    deinit {
        print("Base.deinit \(id)")
    }
}
class Derived: Base {
    let label: String
    init(id: Int, label: String) {
        self.label = label
        super.init(id: id)
        print("Derived.init \(label)")
    }
    deinit {
        print("Derived.deinit \(label)")
    }
}
do {
    let d = Derived(id: 1, label: "one")
    print("in scope: \(d.id) \(d.label)")
}
print("scope ended")
var holder: Base? = Derived(id: 2, label: "two")
print(holder is Derived)
holder = Base(id: 3)
print("replaced")
holder = nil
print("end")
