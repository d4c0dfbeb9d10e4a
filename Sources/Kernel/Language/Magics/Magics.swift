import Foundation
import Lib
import Protocol

/// IPython-style magics: line magics (`%time`, `%timeit`, `%who`, `%reset`, `%seed`,
/// `%lsmagic`) on their own lines at the start of a cell, and cell magics (`%%html`,
/// `%%markdown`, `%%svg`) as the first line.
enum Magics {
    /// A parsed magic prefix of a cell.
    enum Parsed {
        /// Line magics (name, argument) followed by the rest of the cell.
        case line([(name: String, argument: String)], rest: String)
        /// A cell magic and the cell body.
        case cell(name: String, body: String)
    }

    /// Every magic, with a one-line description (for `%lsmagic` and completion).
    static let all: [(name: String, doc: String)] = [
        ("%time", "run the rest of the cell (or the code after it) once and print the wall time"),
        ("%timeit", "run the code many times and print mean ± standard deviation per run"),
        ("%who", "list the session's variables, functions and types"),
        ("%reset", "forget every declaration of the session"),
        ("%seed", "reset the session random generator: %seed 42"),
        ("%lsmagic", "list the magics"),
        ("%%html", "show the cell as HTML"),
        ("%%markdown", "show the cell as Markdown"),
        ("%%svg", "show the cell as an SVG image"),
    ]

    /// Recognises a magic prefix; nil for ordinary cells.
    static func parse(_ code: String) -> Parsed? {
        var lines = code.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while let first = lines.first, first.trimmingSpaces.isEmpty { lines.removeFirst() }
        guard let first = lines.first?.trimmingSpaces, first.hasPrefix("%") else { return nil }
        if first.hasPrefix("%%") {
            let name = String(first.dropFirst(2).split(separator: " ").first ?? "")
            return .cell(name: name, body: lines.dropFirst().joined(separator: "\n"))
        }
        var magics: [(String, String)] = []
        while let line = lines.first?.trimmingSpaces, line.hasPrefix("%"), !line.hasPrefix("%%") {
            let parts = line.dropFirst().split(separator: " ", maxSplits: 1)
            let name = String(parts.first ?? "")
            let arg = parts.count > 1 ? String(parts[1]) : ""
            lines.removeFirst()
            magics.append((name, arg))
            if name == "time" || name == "timeit" { break }
        }
        return .line(magics, rest: lines.joined(separator: "\n"))
    }

    /// Runs a cell that starts with magics.
    static func run(_ parsed: Parsed, interpreter: SwiftInterpreter, request: ExecuteRequest, output: OutputSink) -> ExecuteOutcome {
        switch parsed {
        case .cell(let name, let body):
            let mime: String
            switch name {
            case "html": mime = "text/html"
            case "markdown": mime = "text/markdown"
            case "svg": mime = "image/svg+xml"
            default: return .error(unknown("%%" + name))
            }
            var b = MimeBundle(plainText: body)
            b.set(mime, .string(body))
            output.display(b, displayID: nil, update: false)
            return .ok(nil)
        case .line(let magics, let rest):
            for (name, arg) in magics {
                switch name {
                case "time":
                    let code = arg.isEmpty ? rest : arg + "\n" + rest
                    let start = DispatchTime.now().uptimeNanoseconds
                    let outcome = interpreter.execute(ExecuteRequest(code: code, executionCount: request.executionCount), output: output)
                    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                    output.stream(.stdout, "Wall time: \(formatDuration(seconds))\n")
                    return outcome
                case "timeit":
                    return timeit(arg.isEmpty ? rest : arg + "\n" + rest, interpreter: interpreter, output: output)
                case "who":
                    let names = interpreter.session.declarationOrder.filter {
                        interpreter.session.globals[$0] != nil || interpreter.session.types[$0] != nil
                    }
                    let text = names.map { n -> String in
                        if let box = interpreter.session.globals[n] { return "\(n): \(typeName(box.value))" }
                        return "\(n): type"
                    }.joined(separator: "\n")
                    output.stream(.stdout, (text.isEmpty ? "Interactive namespace is empty." : text) + "\n")
                case "reset":
                    interpreter.session.reset()
                    output.stream(.stdout, "Session reset: all declarations forgotten.\n")
                case "seed":
                    guard let n = Int(arg.trimmingSpaces) else {
                        return .error(ExecutionError(name: "UsageError", value: "%seed needs an integer, e.g. %seed 42", traceback: ["UsageError: %seed needs an integer, e.g. %seed 42"]))
                    }
                    interpreter.runtime.rng = SeededGenerator(seed: UInt64(bitPattern: Int64(n)))
                case "lsmagic":
                    output.stream(.stdout, all.map { "\($0.name)  \($0.doc)" }.joined(separator: "\n") + "\n")
                default:
                    return .error(unknown("%" + name))
                }
            }
            if rest.trimmingSpaces.isEmpty { return .ok(nil) }
            return interpreter.execute(ExecuteRequest(code: rest, silent: request.silent, storeHistory: request.storeHistory,
                                                      allowStdin: request.allowStdin, executionCount: request.executionCount), output: output)
        }
    }

    /// `%timeit`: repeats the code, at least 3 and up to 1000 runs within about a second.
    static func timeit(_ code: String, interpreter: SwiftInterpreter, output: OutputSink) -> ExecuteOutcome {
        let silent = NullSink()
        var times: [Double] = []
        var total = 0.0
        while times.count < 1000 && (times.count < 3 || total < 1.0) {
            let start = DispatchTime.now().uptimeNanoseconds
            let outcome = interpreter.execute(ExecuteRequest(code: code, silent: true, storeHistory: false), output: silent)
            let t = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            if case .error = outcome { return outcome }
            times.append(t); total += t
            if Interruption.isRequested { break }
        }
        let mean = total / Double(times.count)
        let sd = (times.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(max(1, times.count - 1))).squareRoot()
        output.stream(.stdout, "\(formatDuration(mean)) ± \(formatDuration(sd)) per loop (mean ± std. dev. of \(times.count) runs)\n")
        return .ok(nil)
    }

    static func formatDuration(_ s: Double) -> String {
        if s >= 1 { return String(format: "%.3g s", s) }
        if s >= 1e-3 { return String(format: "%.3g ms", s * 1e3) }
        if s >= 1e-6 { return String(format: "%.3g µs", s * 1e6) }
        return String(format: "%.3g ns", s * 1e9)
    }

    static func unknown(_ name: String) -> ExecutionError {
        let names = all.map(\.name)
        let msg = "unknown magic '\(name)'" + didYouMean(name, among: names)
        return ExecutionError(name: "UsageError", value: msg, traceback: ["UsageError: \(msg)", "Available: " + names.joined(separator: " ")])
    }
}

/// An output sink that drops everything (for `%timeit` repetitions).
final class NullSink: OutputSink {
    func stream(_ name: StreamName, _ text: String) {}
    func display(_ bundle: MimeBundle, displayID: String?, update: Bool) {}
    func clearOutput(wait: Bool) {}
    func readInput(prompt: String, password: Bool) throws -> String { throw StdinError.notAllowed }
}
