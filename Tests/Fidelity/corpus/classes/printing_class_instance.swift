// Checks the default print() output for class instances, nested types, and in arrays/optionals.
class Plain {
    var x = 1
}
class Described: CustomStringConvertible {
    var x = 2
    var description: String { "Described(x: \(x))" }
}
class Outer {
    class Inner {}
}
class Sub: Plain {}

print(Plain())
print("interp: \(Plain())")
print(Described())
print(Outer.Inner())
print(Sub())
print([Plain(), Plain()])
print([Described()])
let maybe: Plain? = Plain()
print(maybe as Any)
print(type(of: Sub()))
print(String(describing: Sub.self))
