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
        method("index(after i: Int) -> Int", on: s, doc: "The next character position.") { v, a in
            let i = try a.int(0)
            guard i >= 0, i < (try str(v).count) else { throw RuntimeError.index("String index is out of bounds") }
            return .int(i + 1)
        }
        method("index(before i: Int) -> Int", on: s, doc: "The previous character position.") { v, a in
            let i = try a.int(0)
            guard i > 0, i <= (try str(v).count) else { throw RuntimeError.index("String index is out of bounds") }
            return .int(i - 1)
        }
        method("index(_ i: Int, offsetBy distance: Int, limitedBy limit: Int) -> Int?", on: s,
               doc: "A character position moved by distance, or nil when that passes limit.") { v, a in
            let start = try a.int(0), n = try a.int(1), limit = try a.int(2)
            let count = try str(v).count
            guard start >= 0, start <= count else { throw RuntimeError.index("String index is out of bounds") }
            // Step by step, as Swift does: the limit applies when it lies in the direction of travel.
            var i = start
            if n >= 0 {
                for _ in 0..<n {
                    guard limit < start || i < limit else { return .none }
                    guard i < count else { throw RuntimeError.index("String index is out of bounds") }
                    i += 1
                }
                guard limit < start || i <= limit else { return .none }
            } else {
                var k = 0
                while k > n {
                    guard limit > start || i > limit else { return .none }
                    guard i > 0 else { throw RuntimeError.index("String index is out of bounds") }
                    i -= 1
                    k -= 1
                }
                guard limit > start || i >= limit else { return .none }
            }
            return .some(.int(i))
        }
        method("distance(from start: Int, to end: Int) -> Int", on: s, doc: "The number of characters from start to end (negative when end comes first).") { v, a in
            let i = try a.int(0), j = try a.int(1), count = try str(v).count
            guard i >= 0, i <= count, j >= 0, j <= count else { throw RuntimeError.index("String index is out of bounds") }
            return .int(j - i)
        }
        property("startIndex: Int", on: s, doc: "Position of the first character (0).") { _ in .int(0) }
        property("endIndex: Int", on: s, doc: "Position after the last character.") { v in .int(try str(v).count) }
        property("utf8: [UInt8]", on: s, doc: "The UTF-8 code units.") { v in .array(try str(v).utf8.map { .int(Int($0)) }) }
        property("utf16: [UInt16]", on: s, doc: "The UTF-16 code units.") { v in .array(try str(v).utf16.map { .int(Int($0)) }) }
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
            guard case .string(var text) = v, !text.isEmpty else { throw RuntimeError.index("Can't remove last element from an empty collection") }
            v = .void; let c = text.removeLast(); v = .string(text)
            return .character(c)
        }
        mutatingMethod("removeFirst() -> Character", on: s, doc: "Removes and returns the first character (error when empty).") { v, _ in
            try inPlaceString(&v) { text in
                guard !text.isEmpty else { throw RuntimeError.index("Can't remove first element from an empty collection") }
                return .character(text.removeFirst())
            }
        }
        mutatingMethod("removeFirst(_ k: Int)", on: s, doc: "Removes the first k characters.") { v, a in
            let k = try a.int(0)
            try inPlaceString(&v) { text in
                if k == 0 { return }
                guard k >= 0 else { throw RuntimeError.index("Number of elements to remove should be non-negative") }
                guard text.count >= k else { throw RuntimeError.index("Can't remove more items from a collection than it has") }
                text.removeFirst(k)
            }
            return .void
        }
        mutatingMethod("removeLast(_ k: Int)", on: s, doc: "Removes the last k characters.") { v, a in
            let k = try a.int(0)
            try inPlaceString(&v) { text in
                if k == 0 { return }
                guard k >= 0 else { throw RuntimeError.index("Number of elements to remove should be non-negative") }
                guard text.count >= k else { throw RuntimeError.index("Can't remove more items from a collection than it contains") }
                text.removeLast(k)
            }
            return .void
        }
        mutatingMethod("removeAll(keepingCapacity keepCapacity: Bool = false)", on: s, doc: "Removes every character.") { v, _ in
            try inPlaceString(&v) { $0.removeAll() }
            return .void
        }
        mutatingMethod("insert(_ newElement: Character, at i: Int)", on: s, doc: "Inserts a character at position i (0...count).") { v, a in
            let c = try char(a[0]), i = try a.int(1)
            try inPlaceString(&v) { text in text.insert(c, at: try stringIndex(text, i)) }
            return .void
        }
        mutatingMethod("insert(contentsOf newElements: String, at i: Int)", on: s, doc: "Inserts the characters of a string at position i (0...count).") { v, a in
            let more = try characters(a[0]), i = try a.int(1)
            try inPlaceString(&v) { text in text.insert(contentsOf: more, at: try stringIndex(text, i)) }
            return .void
        }
        mutatingMethod("remove(at i: Int) -> Character", on: s, doc: "Removes and returns the character at position i.") { v, a in
            let i = try a.int(0)
            return try inPlaceString(&v) { text in
                guard i >= 0, i < text.count else { throw RuntimeError.index("String index is out of bounds") }
                return .character(text.remove(at: text.index(text.startIndex, offsetBy: i)))
            }
        }
        mutatingMethod("removeSubrange(_ bounds: Range<Int>)", on: s, doc: "Removes the characters in the range of positions.") { v, a in
            try inPlaceString(&v) { text in text.removeSubrange(try stringRange(text, a[0])) }
            return .void
        }
        mutatingMethod("replaceSubrange(_ subrange: Range<Int>, with newElements: String)", on: s,
                       doc: "Replaces the characters in the range of positions by newElements.") { v, a in
            let more = try characters(a[1])
            try inPlaceString(&v) { text in text.replaceSubrange(try stringRange(text, a[0]), with: more) }
            return .void
        }
        method("replacing(_ other: String, with replacement: String, maxReplacements: Int = 9223372036854775807) -> String", on: s,
               doc: "A copy with the non-overlapping occurrences of other (left to right, character by character) replaced.") { v, a in
            let text = try str(v), target = Array(try characters(a[0])), replacement = try characters(a[1]), limit = try a.int(2)
            guard !target.isEmpty else { throw RuntimeError.unsupported("replacing(_:with:) with an empty pattern") }
            guard limit >= 0 else { throw RuntimeError("PreconditionFailed", "maxReplacements must be non-negative") }
            let chars = Array(text)
            var out = ""
            var i = 0, done = 0
            while i < chars.count {
                if done < limit, i + target.count <= chars.count, chars[i..<(i + target.count)].elementsEqual(target) {
                    out.append(contentsOf: replacement)
                    i += target.count
                    done += 1
                } else {
                    out.append(chars[i])
                    i += 1
                }
            }
            return .string(out)
        }
        let c = "Character"
        property("isLetter: Bool", on: c, doc: "Whether the character is a letter.") { v in .bool(try char(v).isLetter) }
        property("isNumber: Bool", on: c, doc: "Whether the character is numeric.") { v in .bool(try char(v).isNumber) }
        property("isWhitespace: Bool", on: c, doc: "Whether the character is whitespace.") { v in .bool(try char(v).isWhitespace) }
        property("isUppercase: Bool", on: c, doc: "Whether the character is uppercase.") { v in .bool(try char(v).isUppercase) }
        property("isLowercase: Bool", on: c, doc: "Whether the character is lowercase.") { v in .bool(try char(v).isLowercase) }
        property("isPunctuation: Bool", on: c, doc: "Whether the character is punctuation.") { v in .bool(try char(v).isPunctuation) }
        property("asciiValue: UInt8?", on: c, doc: "The ASCII code as a UInt8 (\"\\r\\n\" gives 10), or nil.") { v in
            try char(v).asciiValue.map { .some(.sized(SizedInteger(truncating: Int128($0), .uint8))) } ?? .none
        }
        property("wholeNumberValue: Int?", on: c, doc: "The digit's value, or nil.") { v in try char(v).wholeNumberValue.map { .some(.int($0)) } ?? .none }
        method("uppercased() -> String", on: c, doc: "The uppercase form.") { v, _ in .string(try char(v).uppercased()) }
        method("lowercased() -> String", on: c, doc: "The lowercase form.") { v, _ in .string(try char(v).lowercased()) }
        property("description: String", on: c, doc: "The character as a string.") { v in .string(String(try char(v))) }
        property("hexDigitValue: Int?", on: c, doc: "The value of a hexadecimal digit (0-9, a-f, A-F and their fullwidth forms), or nil.") { v in
            try char(v).hexDigitValue.map { .some(.int($0)) } ?? .none
        }
        property("isHexDigit: Bool", on: c, doc: "Whether the character is a hexadecimal digit.") { v in .bool(try char(v).isHexDigit) }
        property("isASCII: Bool", on: c, doc: "Whether the character is ASCII.") { v in .bool(try char(v).isASCII) }
        property("isSymbol: Bool", on: c, doc: "Whether the character is a symbol.") { v in .bool(try char(v).isSymbol) }
        property("isMathSymbol: Bool", on: c, doc: "Whether the character is a mathematical symbol.") { v in .bool(try char(v).isMathSymbol) }
        property("isCurrencySymbol: Bool", on: c, doc: "Whether the character is a currency symbol.") { v in .bool(try char(v).isCurrencySymbol) }
        property("isNewline: Bool", on: c, doc: "Whether the character is a newline.") { v in .bool(try char(v).isNewline) }
        property("isCased: Bool", on: c, doc: "Whether the character changes under case mapping.") { v in .bool(try char(v).isCased) }
        initializer("init()", on: s, doc: "An empty string.") { _ in .string("") }
        // A variable declared `let c: Character = "A"` holds a one-character string here: it
        // answers the Character-only properties (a String of any other length is an error),
        // unless a cell's extension of String declares the property.
        for name in ["isLetter", "isNumber", "isWhitespace", "isUppercase", "isLowercase", "isPunctuation", "asciiValue",
                     "wholeNumberValue", "hexDigitValue", "isHexDigit", "isASCII", "isSymbol", "isMathSymbol",
                     "isCurrencySymbol", "isNewline", "isCased"] {
            for b in members(of: c, named: name) where b.kind == .property {
                property(b.signature, on: s, doc: b.doc + " (On a one-character string, which is how a Character-annotated literal is held.)") { [unowned self] v in
                    var receiver = v
                    if let declared = self.cellExtensions.computed(name, forBuiltin: s) { return try declared.get.call([], selfValue: &receiver) }
                    return try b.impl(&receiver, Arguments([]))
                }
            }
        }
    }
}

/// The String.Index of character position `i` (0...count).
private func stringIndex(_ s: String, _ i: Int) throws -> String.Index {
    guard i >= 0, i <= s.count else { throw RuntimeError.index("String index is out of bounds") }
    return s.index(s.startIndex, offsetBy: i)
}

/// A range of character positions as a range of String.Index.
private func stringRange(_ s: String, _ v: Value) throws -> Range<String.Index> {
    let b = try intSubrange(v, count: s.count)
    guard b.lowerBound >= 0, b.upperBound <= s.count else { throw RuntimeError.index("String index is out of bounds") }
    let lo = s.index(s.startIndex, offsetBy: b.lowerBound)
    return lo..<s.index(lo, offsetBy: b.count)
}

/// A string, a character or a sequence of characters, as characters.
private func characters(_ v: Value) throws -> [Character] {
    switch v {
    case .string(let s): return Array(s)
    case .character(let c): return [c]
    default: return try elements(of: v).map { try char($0) }
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
