// Checks parsing records where some lines fail, collecting errors, and matching error cases with if-case and as?.
enum RecordError: Error {
    case wrongFieldCount(line: Int, count: Int)
    case badAge(line: Int, value: String)
}
struct Record {
    let name: String
    let age: Int
}
func parse(line: String, number: Int) throws -> Record {
    let fields = line.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
    guard fields.count == 2 else { throw RecordError.wrongFieldCount(line: number, count: fields.count) }
    guard let age = Int(fields[1]) else { throw RecordError.badAge(line: number, value: fields[1]) }
    return Record(name: fields[0], age: age)
}
let input = ["Ann;31", "Ben;x", "Cleo;27;extra", "Dan;45", "Eve"]
var records: [Record] = []
var problems: [Error] = []
for (i, line) in input.enumerated() {
    do {
        records.append(try parse(line: line, number: i + 1))
    } catch {
        problems.append(error)
    }
}
print("parsed \(records.count) records, \(problems.count) problems")
for r in records { print("  \(r.name) (\(r.age))") }
for p in problems {
    if case RecordError.badAge(let line, let value) = p {
        print("  line \(line): bad age '\(value)'")
    } else if let e = p as? RecordError {
        print("  \(e)")
    }
}
let averageAge = Double(records.map(\.age).reduce(0, +)) / Double(records.count)
print("average age: \(averageAge)")
