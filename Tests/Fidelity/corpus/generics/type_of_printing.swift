// Checks printing of type(of:) and metatypes for generic and nested types.
struct Wrapper<T> {
    let wrapped: T
}

enum Outer {
    struct Inner {}
}

class Animal {}
class Dog: Animal {}

print(type(of: Wrapper(wrapped: 1)))
print(type(of: Wrapper(wrapped: [Wrapper(wrapped: "s")])))
print(Wrapper<Double>.self)
print(type(of: Outer.Inner()))
print(Int.self, String.self)
print([Int].self, [String: Double].self)
print(Optional<Int>.self)
print((Int, Bool).self)
let pet: Animal = Dog()
print(type(of: pet))
print(type(of: pet) == Dog.self)
print("\(type(of: 3.0)) and \(type(of: "x"))")
print(type(of: { (x: Int) in x * 2 }))
print(String(describing: Wrapper<Int>.self))
