import Foundation
import Lib

/// A text corpus as character tokens with a contiguous train / held-out split (first part trains).
public struct CharCorpus: Sendable {
    /// The vocabulary of the whole text.
    public let vocabulary: CharVocabulary
    /// Training tokens (the first `trainFraction` of the text).
    public let train: [Int]
    /// Held-out tokens (the rest).
    public let heldOut: [Int]

    /// Splits `text` (default 90 % / 10 %).
    /// - Throws: ``AsymKVError`` for a fraction outside (0, 1) or a text too short to split.
    public init(text: String, trainFraction: Double = 0.9) throws {
        guard trainFraction > 0, trainFraction < 1 else {
            throw AsymKVError.invalidArgument("trainFraction \(trainFraction) must be strictly between 0 and 1")
        }
        vocabulary = CharVocabulary(text: text)
        let ids = try vocabulary.encode(text)
        let cut = Int(Double(ids.count) * trainFraction)
        guard cut > 0, cut < ids.count else { throw AsymKVError.invalidArgument("text of \(ids.count) characters is too short to split") }
        train = Array(ids[..<cut])
        heldOut = Array(ids[cut...])
    }

    /// Tiny Shakespeare from the data directory (`data/tinyshakespeare.txt`, found by ``DataLocator``).
    public static func shakespeare(trainFraction: Double = 0.9) throws -> CharCorpus {
        let path = try DataLocator.path(of: "tinyshakespeare.txt")
        guard let data = FileManager.default.contents(atPath: path) else {
            throw AsymKVError.invalidArgument("cannot read \(path)")
        }
        return try CharCorpus(text: String(decoding: data, as: UTF8.self), trainFraction: trainFraction)
    }
}
