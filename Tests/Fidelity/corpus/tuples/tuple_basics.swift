// Checks creating unnamed tuples, accessing elements by index and printing them.
let http404Error = (404, "Not Found")
print(http404Error)
print("The status code is \(http404Error.0)")
print("The status message is \(http404Error.1)")
let triple = (1, 2.5, "three")
print(triple)
print(type(of: triple))
var point = (0, 0)
point.0 = 5
point.1 -= 3
print(point)
let nested = ((1, 2), (3, 4))
print(nested, nested.1.0)
