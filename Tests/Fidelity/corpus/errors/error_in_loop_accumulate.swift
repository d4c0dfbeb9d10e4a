// Checks collecting errors from a loop into an array and counting them by kind.
enum RowError: Error, Equatable {
    case missingField(Int)
    case badNumber(String)
}

let rows = ["alice,30", "bob", "carol,abc", "dan,41", ",", "eve,25"]
var ages: [String: Int] = [:]
var problems: [RowError] = []

func parseRow(_ row: String, _ index: Int) throws -> (String, Int) {
    let parts = row.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    guard parts.count == 2, !parts[0].isEmpty else { throw RowError.missingField(index) }
    guard let age = Int(parts[1]) else { throw RowError.badNumber(parts[1]) }
    return (parts[0], age)
}

for (i, row) in rows.enumerated() {
    do {
        let (name, age) = try parseRow(row, i)
        ages[name] = age
    } catch let e as RowError {
        problems.append(e)
    } catch {}
}
for name in ages.keys.sorted() {
    print(name, ages[name]!)
}
print(problems)
print(problems.contains(.missingField(1)), problems.contains(.badNumber("30")))
