// Checks catch let with a type cast and the implicit error constant.
enum ParseError: Error {
    case empty
    case badCharacter(Character, position: Int)
}

struct RangeError: Error {
    let value: Int
}

func parseDigits(_ s: String) throws -> Int {
    if s.isEmpty { throw ParseError.empty }
    var result = 0
    for (i, ch) in s.enumerated() {
        guard let d = ch.wholeNumberValue else {
            throw ParseError.badCharacter(ch, position: i)
        }
        result = result * 10 + d
    }
    if result > 1000 { throw RangeError(value: result) }
    return result
}

for input in ["42", "", "4x2", "99999", "7"] {
    do {
        let n = try parseDigits(input)
        print("\(input) -> \(n)")
    } catch let e as ParseError {
        print("parse error for '\(input)': \(e)")
    } catch let e as RangeError {
        print("out of range: \(e.value)")
    } catch {
        print("other: \(error)")
    }
}
