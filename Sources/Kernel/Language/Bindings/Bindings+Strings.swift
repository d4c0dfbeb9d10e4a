import Foundation

// MARK: - Strings and characters

extension Bindings {
    func registerStrings() {
        let s = "String"
        method("uppercased() -> String", on: s, doc: "An uppercase copy.") { v, _ in .string(try str(v).uppercased()) }
        method("lowercased() -> String", on: s, doc: "A lowercase copy.") { v, _ in .string(try str(v).lowercased()) }
        property("capitalized: String", on: s, doc: "Each word capitalised (Foundation).") { v in .string(try str(v).capitalized) }
        method("hasPrefix(_ prefix: String) -> Bool", on: s, doc: "Whether the string starts with prefix.") { v, a in .bool(try str(v).hasPrefix(try a.string(0))) }
        method("hasSuffix(_ suffix: String) -> Bool", on: s, doc: "Whether the string ends with suffix.") { v, a in .bool(try str(v).hasSuffix(try a.string(0))) }
        method("contains(_ other: StringProtocol) -> Bool", on: s, doc: "Whether other (a string or character) occurs in the string.") { v, a in
            switch a[0] {
            case .character(let c): return .bool(try str(v).contains(c))
            default: return .bool(try str(v).contains(try a.string(0)))
            }
        }
        method("split(separator: Character, maxSplits: Int = 9223372036854775807, omittingEmptySubsequences: Bool = true) -> [String]", on: s,
               doc: "The pieces between separators.") { v, a in
            let sep: Character
            switch a[0] {
            case .character(let c): sep = c
            case .string(let t) where t.count == 1: sep = t.first!
            default: throw RuntimeError.type("split(separator:) needs a single Character")
            }
            return .array(try str(v).split(separator: sep, maxSplits: try a.int(1), omittingEmptySubsequences: try a.bool(2)).map { .string(String($0)) })
        }
        method("components(separatedBy separator: String) -> [String]", on: s, doc: "The pieces between occurrences of separator (Foundation).") { v, a in
            .array(try str(v).components(separatedBy: try a.string(0)).map { .string($0) })
        }
        method("replacingOccurrences(of target: String, with replacement: String) -> String", on: s, doc: "A copy with every target replaced.") { v, a in
            .string(try str(v).replacingOccurrences(of: try a.string(0), with: try a.string(1)))
        }
        method("trimmingCharacters(in set: CharacterSet) -> String", on: s, doc: "A copy without leading and trailing characters of the set.") { v, a in
            let set: CharacterSet = (try? a.string(0)) == "whitespaces" ? .whitespaces : .whitespacesAndNewlines
            return .string(try str(v).trimmingCharacters(in: set))
        }
        staticProperty("whitespaces: CharacterSet", on: "CharacterSet", doc: "Spaces and tabs.") { .string("whitespaces") }
        staticProperty("whitespacesAndNewlines: CharacterSet", on: "CharacterSet", doc: "Spaces, tabs and newlines.") { .string("whitespacesAndNewlines") }
        method("index(_ i: Int, offsetBy distance: Int) -> Int", on: s, doc: "A character position moved by distance (positions are character offsets in cells).") { v, a in
            let (r, o) = try a.int(0).addingReportingOverflow(try a.int(1))
            let n = try str(v).count
            if o { throw RuntimeError.index("String index is out of bounds") }
            guard r >= 0 && r <= n else { throw RuntimeError.index("String index is out of bounds: \(r)") }
            return .int(r)
        }
        method("index(after i: Int) -> Int", on: s, doc: "The next character position.") { _, a in
            let (r, o) = try a.int(0).addingReportingOverflow(1)
            if o { throw RuntimeError.index("String index is out of bounds") }
            return .int(r)
        }
        method("index(before i: Int) -> Int", on: s, doc: "The previous character position.") { _, a in
            let (r, o) = try a.int(0).subtractingReportingOverflow(1)
            if o { throw RuntimeError.index("String index is out of bounds") }
            return .int(r)
        }
        property("startIndex: Int", on: s, doc: "Position of the first character (0).") { _ in .int(0) }
        property("endIndex: Int", on: s, doc: "Position after the last character.") { v in .int(try str(v).count) }
        property("utf8: [UInt8]", on: s, doc: "The UTF-8 code units.") { v in .array(try str(v).utf8.map { .int(Int($0)) }) }
        property("unicodeScalars: [UInt32]", on: s, doc: "The Unicode scalar values.") { v in .array(try str(v).unicodeScalars.map { .int(Int($0.value)) }) }
        property("description: String", on: s, doc: "The string itself.") { v in v }
        method("firstIndex(of element: Character) -> Int?", on: s, doc: "Offset of the first occurrence of a character.") { v, a in
            guard case .character(let c) = a[0] else { throw RuntimeError.type("firstIndex(of:) on a String needs a Character") }
            return try str(v).firstIndex(of: c).map { .some(.int(try str(v).distance(from: try str(v).startIndex, to: $0))) } ?? .none
        }
        method("padding(toLength newLength: Int, withPad padString: String, startingAt padIndex: Int) -> String", on: s,
               doc: "The string cut or padded to newLength (Foundation).") { v, a in
            .string(try str(v).padding(toLength: try a.int(0), withPad: try a.string(1), startingAt: try a.int(2)))
        }

        mutatingMethod("append(_ other: String)", on: s, doc: "Adds a string or character at the end.") { v, a in
            guard case .string(var text) = v else { return .void }
            let more = try a.string(0)
            v = .void; text += more; v = .string(text)
            return .void
        }
        mutatingMethod("append(contentsOf other: String)", on: s, doc: "Adds a string at the end.") { v, a in
            guard case .string(var text) = v else { return .void }
            let more = try a.string(0)
            v = .void; text += more; v = .string(text)
            return .void
        }
        mutatingMethod("removeLast() -> Character", on: s, doc: "Removes and returns the last character (error when empty).") { v, _ in
            guard case .string(var text) = v, !text.isEmpty else { throw RuntimeError.index("can't remove last character from an empty string") }
            v = .void; let c = text.removeLast(); v = .string(text)
            return .character(c)
        }
        let c = "Character"
        property("isLetter: Bool", on: c, doc: "Whether the character is a letter.") { v in .bool(try char(v).isLetter) }
        property("isNumber: Bool", on: c, doc: "Whether the character is numeric.") { v in .bool(try char(v).isNumber) }
        property("isWhitespace: Bool", on: c, doc: "Whether the character is whitespace.") { v in .bool(try char(v).isWhitespace) }
        property("isUppercase: Bool", on: c, doc: "Whether the character is uppercase.") { v in .bool(try char(v).isUppercase) }
        property("isLowercase: Bool", on: c, doc: "Whether the character is lowercase.") { v in .bool(try char(v).isLowercase) }
        property("isPunctuation: Bool", on: c, doc: "Whether the character is punctuation.") { v in .bool(try char(v).isPunctuation) }
        property("asciiValue: UInt8?", on: c, doc: "The ASCII code, or nil.") { v in try char(v).asciiValue.map { .some(.int(Int($0))) } ?? .none }
        property("wholeNumberValue: Int?", on: c, doc: "The digit's value, or nil.") { v in try char(v).wholeNumberValue.map { .some(.int($0)) } ?? .none }
        method("uppercased() -> String", on: c, doc: "The uppercase form.") { v, _ in .string(try char(v).uppercased()) }
        method("lowercased() -> String", on: c, doc: "The lowercase form.") { v, _ in .string(try char(v).lowercased()) }
        property("description: String", on: c, doc: "The character as a string.") { v in .string(String(try char(v))) }
    }
}

private func str(_ v: Value) throws -> String {
    if case .string(let s) = v { return s }
    throw RuntimeError.type("expected a String, got \(typeName(v))")
}

private func char(_ v: Value) throws -> Character {
    if case .character(let c) = v { return c }
    if case .string(let s) = v, s.count == 1, let c = s.first { return c }
    throw RuntimeError.type("expected a Character, got \(typeName(v))")
}
