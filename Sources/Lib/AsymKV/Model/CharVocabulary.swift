/// A character-level vocabulary: every distinct character of a corpus, sorted by code point.
///
/// ```swift
/// let vocab = CharVocabulary(text: corpus)
/// let ids = try vocab.encode("To be")
/// ```
public struct CharVocabulary: Sendable, Equatable {
    /// The characters, index = token id.
    public let characters: [Character]
    private let index: [Character: Int]

    /// Builds the vocabulary of `text` (sorted by Unicode scalars, so deterministic).
    public init(text: String) {
        self.init(characters: Array(Set(text)))
    }

    /// A vocabulary of exactly these characters (sorted, duplicates removed).
    public init(characters: [Character]) {
        let sorted = Array(Set(characters)).sorted { String($0).unicodeScalars.lexicographicallyPrecedes(String($1).unicodeScalars) { $0.value < $1.value } }
        self.characters = sorted
        var map: [Character: Int] = [:]
        for (i, c) in sorted.enumerated() { map[c] = i }
        index = map
    }

    /// Number of tokens.
    public var count: Int { characters.count }

    /// Token ids of `text`.
    /// - Throws: ``AsymKVError`` naming the first character not in the vocabulary.
    public func encode(_ text: String) throws -> [Int] {
        var ids: [Int] = []
        ids.reserveCapacity(text.count)
        for (offset, c) in text.enumerated() {
            guard let id = index[c] else {
                throw AsymKVError.invalidArgument("character \(String(reflecting: String(c))) at offset \(offset) is not in the vocabulary of \(count) characters")
            }
            ids.append(id)
        }
        return ids
    }

    /// The text of `ids`.
    /// - Throws: ``AsymKVError`` for an id outside 0..<count.
    public func decode(_ ids: [Int]) throws -> String {
        var s = ""
        for id in ids {
            guard id >= 0, id < count else {
                throw AsymKVError.invalidArgument("token id \(id) is outside the vocabulary 0..<\(count)")
            }
            s.append(characters[id])
        }
        return s
    }

    /// Same characters in the same order.
    public static func == (a: CharVocabulary, b: CharVocabulary) -> Bool { a.characters == b.characters }
}
