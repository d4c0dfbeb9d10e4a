import Foundation

/// An error a user of the Unicron API can act on: what was wrong and what would be right.
public struct UnicronError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The explanation shown to the user.
    public let message: String
    /// Creates an error with its explanation.
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
