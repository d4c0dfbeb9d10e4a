// Checks debugPrint of arrays, nested arrays, optionals and ranges.
debugPrint([1, 2, 3])
debugPrint(["a", "b"])
debugPrint([Character("x"), Character("y")])
debugPrint([[1, 2], [3]])
let maybe: Int? = 5
let none: String? = nil
debugPrint(maybe as Any)
debugPrint(none as Any)
debugPrint(Optional("text") as Any)
debugPrint(1..<4)
debugPrint((1, "one"))
debugPrint(["key": "value"])
debugPrint([Int]())
debugPrint([String?]([nil, "s"]))
