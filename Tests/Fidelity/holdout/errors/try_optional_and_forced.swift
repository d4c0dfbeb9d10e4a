// Checks try?, try!, rethrowing through functions and printing error values.
enum ParseError: Error {
    case empty
    case notANumber(String)
    case outOfRange(Int)
}
func parsePercentage(_ s: String) throws -> Int {
    if s.isEmpty { throw ParseError.empty }
    guard let n = Int(s) else { throw ParseError.notANumber(s) }
    guard (0...100).contains(n) else { throw ParseError.outOfRange(n) }
    return n
}
let inputs = ["42", "", "abc", "150", "100"]
for input in inputs {
    let value = try? parsePercentage(input)
    print("'\(input)' -> \(value as Any)")
}
for input in inputs {
    do {
        let v = try parsePercentage(input)
        print("ok \(v)")
    } catch {
        print("error: \(error)")
    }
}
let sure = try! parsePercentage("7")
print("forced: \(sure)")
let total = inputs.compactMap { try? parsePercentage($0) }.reduce(0, +)
print("sum of valid: \(total)")
func sumAll(_ strings: [String]) throws -> Int {
    try strings.map { try parsePercentage($0) }.reduce(0, +)
}
print((try? sumAll(["1", "2", "3"])) as Any)
print((try? sumAll(["1", "x", "3"])) as Any)
