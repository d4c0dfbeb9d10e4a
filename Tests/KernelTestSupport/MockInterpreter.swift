import Foundation
import Kernel
import Lib
import Protocol

/// A test-only evaluator whose "language" is one command per cell, so that server tests
/// exercise every output path without the Swift cell language:
///
/// - `print TEXT` / `eprint TEXT`: stdout / stderr (`\n` escapes allowed)
/// - `flood MB`: prints MB megabytes to stdout in 64 KiB writes
/// - `display TEXT` / `display#ID TEXT` / `update#ID TEXT`: `display_data` / `update_display_data`
/// - `clear` / `clear-wait`: `clear_output`
/// - `result TEXT`: the cell's value; `error NAME MESSAGE`: a failed cell
/// - `loop`: runs until interrupted; `sleep MS`: busy for MS milliseconds
/// - `input PROMPT`: asks the front end and returns the answer as the value
/// - anything else: its own text as the value; empty: no value
public final class MockInterpreter: Interpreter {
    /// Every cell executed, in order.
    public private(set) var executed: [ExecuteRequest] = []
    /// Whether ``shutdown(restart:)`` ran.
    public private(set) var didShutdown = false

    /// The flag `loop` polls; give the server the same one.
    public let interrupt: InterruptFlag

    public init(interrupt: InterruptFlag = InterruptFlag()) { self.interrupt = interrupt }

    public var languageInfo: LanguageInfo {
        LanguageInfo(name: "mock", version: "1.0", mimetype: "text/plain", fileExtension: ".txt",
                     pygmentsLexer: "text", codemirrorMode: "null")
    }

    public func execute(_ request: ExecuteRequest, output: OutputSink) -> ExecuteOutcome {
        executed.append(request)
        let code = request.code.trimmingCharacters(in: .whitespacesAndNewlines)
        let (command, rest) = split(code)
        let text = rest.replacingOccurrences(of: "\\n", with: "\n")
        switch command {
        case "print": output.stream(.stdout, text)
        case "eprint": output.stream(.stderr, text)
        case "flood":
            let chunk = String(repeating: "x", count: 64 << 10)
            for _ in 0..<((Int(rest) ?? 0) << 4) { output.stream(.stdout, chunk) }
        case "display": output.display(MimeBundle(plainText: text), displayID: nil, update: false)
        case "clear": output.clearOutput(wait: false)
        case "clear-wait": output.clearOutput(wait: true)
        case "result": return .ok(MimeBundle(plainText: text))
        case "error":
            let (name, message) = split(rest)
            return .error(ExecutionError(name: name, value: message, traceback: ["\(name): \(message)"]))
        case "loop":
            let start = Date()
            while !interrupt.isRequested {
                if Date().timeIntervalSince(start) > 30 { return .error(ExecutionError(name: "Timeout", value: "never interrupted", traceback: [])) }
                usleep(200)
            }
            return .error(ExecutionError(name: "Interrupted", value: "interrupted by the user", traceback: []))
        case "sleep": usleep(useconds_t((Int(rest) ?? 0) * 1000))
        case "input":
            do { return .ok(MimeBundle(plainText: try output.readInput(prompt: rest, password: false))) } catch {
                return .error(ExecutionError(name: "StdinError", value: "\(error)", traceback: []))
            }
        case "": return .ok(nil)
        default:
            if command.hasPrefix("display#") {
                output.display(MimeBundle(plainText: text), displayID: String(command.dropFirst(8)), update: false)
            } else if command.hasPrefix("update#") {
                output.display(MimeBundle(plainText: text), displayID: String(command.dropFirst(7)), update: true)
            } else {
                return .ok(MimeBundle(plainText: code))
            }
        }
        return .ok(nil)
    }

    public func evaluate(userExpression: String) -> Result<MimeBundle, ExecutionError> {
        userExpression.hasPrefix("error")
            ? .failure(ExecutionError(name: "Error", value: userExpression, traceback: []))
            : .success(MimeBundle(plainText: userExpression.uppercased()))
    }

    public func isComplete(_ code: String) -> Completeness {
        if code.hasSuffix("{") { return .incomplete(indent: "    ") }
        if code.hasPrefix("}") { return .invalid }
        return .complete
    }

    public func complete(_ code: String, cursor: Int) -> CompletionResult {
        let scalars = Array(code.unicodeScalars.prefix(cursor))
        var start = scalars.count
        while start > 0, CharacterSet.alphanumerics.contains(scalars[start - 1]) { start -= 1 }
        let prefix = String(String.UnicodeScalarView(scalars[start...]))
        let words = ["print", "prefix", "product"].filter { $0.hasPrefix(prefix) }
        return CompletionResult(matches: words, cursorStart: start, cursorEnd: cursor,
                                types: words.map { CompletionType(text: $0, type: "function") })
    }

    public func inspect(_ code: String, cursor: Int, detailLevel: Int) -> MimeBundle? {
        code.contains("print") ? MimeBundle(plainText: "print(_:) — writes to stdout (detail \(detailLevel))") : nil
    }

    public func shutdown(restart: Bool) { didShutdown = true }

    private func split(_ s: String) -> (String, String) {
        guard let space = s.firstIndex(of: " ") else { return (s, "") }
        return (String(s[..<space]), String(s[s.index(after: space)...]))
    }
}
