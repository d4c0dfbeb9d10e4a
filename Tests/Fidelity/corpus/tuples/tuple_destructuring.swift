// Checks decomposing tuples into constants, ignoring parts with underscore.
let http404Error = (404, "Not Found")
let (statusCode, statusMessage) = http404Error
print("The status code is \(statusCode)")
print("The status message is \(statusMessage)")
let (justTheStatusCode, _) = http404Error
print("The status code is \(justTheStatusCode)")
var (a, b, c) = (1, "two", 3.0)
a += 1
print(a, b, c)
let ((x1, y1), (x2, y2)) = ((0, 0), (3, 4))
print(x2 - x1, y2 - y1)
for (index, value) in ["a", "b"].enumerated() {
    print(index, value)
}
let pairs = [(1, "one"), (2, "two")]
for (n, word) in pairs { print("\(n) is \(word)") }
