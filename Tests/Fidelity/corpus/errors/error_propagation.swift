// Checks errors propagating through several throwing functions up to a single do/catch.
enum FileError: Error {
    case notFound(name: String)
    case unreadable(line: Int)
}

let files = ["a.txt": ["1", "2", "3"], "b.txt": ["10", "x", "30"]]

func readLines(_ name: String) throws -> [String] {
    guard let lines = files[name] else { throw FileError.notFound(name: name) }
    return lines
}

func parse(_ lines: [String]) throws -> [Int] {
    try lines.enumerated().map { (i, s) in
        guard let n = Int(s) else { throw FileError.unreadable(line: i + 1) }
        return n
    }
}

func total(of name: String) throws -> Int {
    print("totalling \(name)")
    let values = try parse(try readLines(name))
    print("parsed \(values.count) values")
    return values.reduce(0, +)
}

for name in ["a.txt", "b.txt", "c.txt"] {
    do {
        print("\(name): \(try total(of: name))")
    } catch FileError.notFound(let n) {
        print("no such file \(n)")
    } catch {
        print("error in \(name): \(error)")
    }
}
