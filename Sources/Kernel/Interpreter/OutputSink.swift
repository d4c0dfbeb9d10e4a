/// Where an interpreter sends output while a cell runs.
///
/// The server implements it by publishing on iopub with the request as parent;
/// tests implement it by recording. All calls come from the shell thread.
public protocol OutputSink: AnyObject {
    /// Appends text to `stdout` or `stderr`. The server coalesces and throttles.
    func stream(_ name: StreamName, _ text: String)

    /// Shows a rich value now (`display_data`). With `displayID`, the output can
    /// later be replaced in place: `update: true` sends `update_display_data`.
    func display(_ bundle: MimeBundle, displayID: String?, update: Bool)

    /// Clears the cell's output, at once or (`wait: true`) when new output arrives.
    func clearOutput(wait: Bool)

    /// Asks the front end for a line of input (`input_request` on stdin) and waits.
    ///
    /// - Throws: ``StdinError`` when the request did not allow stdin, the front end
    ///   went away, or the user interrupted while waiting.
    func readInput(prompt: String, password: Bool) throws -> String
}

/// The two output streams.
public enum StreamName: String, Sendable {
    case stdout, stderr
}

/// Why reading from the front end failed.
public enum StdinError: Error, Equatable, CustomStringConvertible {
    /// The execute request had `allow_stdin: false` (e.g. a headless run).
    case notAllowed
    /// The user interrupted while the kernel waited for input.
    case interrupted
    /// The front end that sent the request has no stdin channel connected.
    case notConnected

    public var description: String {
        switch self {
        case .notAllowed: return "this front end does not accept input requests (allow_stdin is false)"
        case .interrupted: return "interrupted while waiting for input"
        case .notConnected: return "the front end has no stdin channel connected, so input cannot be requested"
        }
    }
}
