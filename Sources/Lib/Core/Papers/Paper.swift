/// A paper this library reproduces: what to cite and where to read it.
///
/// Each paper module adds its own entry (`Paper.enfa`, `Paper.lonGNN`, `Paper.asymKV`,
/// `Paper.unicron`), so a notebook can print the reference it reproduces.
public struct Paper: Sendable, Equatable, CustomStringConvertible {
    /// Full title as published.
    public let title: String
    /// Authors in the published order, family names.
    public let authors: [String]
    /// Where and when it appeared, e.g. "COLING 2025".
    public let venue: String
    /// arXiv identifier, e.g. "2410.13212".
    public let arXiv: String
    /// One sentence: the claim this library reproduces.
    public let headline: String

    /// Creates a paper reference.
    public init(title: String, authors: [String], venue: String, arXiv: String, headline: String) {
        self.title = title
        self.authors = authors
        self.venue = venue
        self.arXiv = arXiv
        self.headline = headline
    }

    /// The abstract page of the paper on arXiv.
    public var url: String { "https://arxiv.org/abs/\(arXiv)" }

    /// A one-line citation: authors, title, venue, arXiv identifier.
    public var citation: String {
        let names = authors.count > 3 ? authors[0] + " et al." : authors.joined(separator: ", ")
        return "\(names). \"\(title)\". \(venue). arXiv:\(arXiv)."
    }

    /// The citation followed by the headline.
    public var description: String { citation + "\n" + headline }
}
