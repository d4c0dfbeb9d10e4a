/// `--name value` and `--flag` command-line parsing for the bench programs.
public struct Arguments {
    /// The arguments as given.
    public let raw: [String]

    /// Parses `raw` (the process's own arguments by default).
    public init(_ raw: [String] = CommandLine.arguments) { self.raw = raw }

    /// The value after `name`, if both are present.
    public func string(_ name: String) -> String? {
        raw.firstIndex(of: name).flatMap { $0 + 1 < raw.count ? raw[$0 + 1] : nil }
    }

    /// The value after `name` as an integer.
    public func int(_ name: String) -> Int? { string(name).flatMap(Int.init) }

    /// The value after `name` as a number.
    public func double(_ name: String) -> Double? { string(name).flatMap(Double.init) }

    /// Whether `name` is present.
    public func flag(_ name: String) -> Bool { raw.contains(name) }
}

/// The value after `name` among the process's arguments (`--name value`).
public func option(_ name: String) -> String? { Arguments().string(name) }
