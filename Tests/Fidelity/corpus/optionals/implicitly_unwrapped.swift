// Checks implicitly unwrapped optionals: implicit use, explicit binding, and checking for nil.
let possibleString: String? = "An optional string."
let forcedString: String = possibleString!
print(forcedString)

let assumedString: String! = "An implicitly unwrapped optional string."
let implicitString: String = assumedString
print(implicitString)

let optionalString = assumedString
print(type(of: optionalString))

if assumedString != nil {
    print("assumedString has a value")
}
if let definiteString = assumedString {
    print(definiteString.count)
}

class Controller {
    var label: String!
    func setUp() { label = "Ready" }
}
let c = Controller()
print(c.label == nil)
c.setUp()
print(c.label.uppercased())
