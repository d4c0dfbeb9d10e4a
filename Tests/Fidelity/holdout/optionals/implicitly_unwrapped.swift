// Checks implicitly unwrapped optionals and force unwrapping of present values.
let possibleString: String? = "An optional string."
let forcedString: String = possibleString!
print(forcedString)
let assumedString: String! = "An implicitly unwrapped optional string."
let implicitString: String = assumedString
print(implicitString)
let optionalString = assumedString
print(type(of: optionalString))
if assumedString != nil {
    print("not nil")
}
if let definiteString = assumedString {
    print(definiteString.count)
}
class Controller {
    var label: String!
    func setUp() { label = "ready" }
}
let c = Controller()
print(c.label == nil)
c.setUp()
print(c.label.uppercased())
let dict = ["one": 1, "two": 2]
print(dict["one"]! + dict["two"]!)
