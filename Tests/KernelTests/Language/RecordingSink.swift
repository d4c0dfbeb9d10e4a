import Protocol
@testable import Kernel

/// An OutputSink that records everything a cell emits, for assertions.
final class RecordingSink: OutputSink {
    /// Everything written to stdout, in order.
    var stdout = ""
    var stderr = ""
    /// Displays: bundle, display id, whether it was an update.
    var displays: [(bundle: MimeBundle, id: String?, update: Bool)] = []
    /// `clearOutput` calls (their `wait` flag).
    var clears: [Bool] = []
    /// Lines `readInput` answers with, in order.
    var inputs: [String] = []
    /// Prompts seen by `readInput`.
    var prompts: [String] = []

    func stream(_ name: StreamName, _ text: String) {
        if name == .stdout { stdout += text } else { stderr += text }
    }
    func display(_ bundle: MimeBundle, displayID: String?, update: Bool) { displays.append((bundle, displayID, update)) }
    func clearOutput(wait: Bool) { clears.append(wait) }
    func readInput(prompt: String, password: Bool) throws -> String {
        prompts.append(prompt)
        guard !inputs.isEmpty else { throw StdinError.notAllowed }
        return inputs.removeFirst()
    }
}

/// Runs cells in one session and returns the sink and the outcomes.
@discardableResult
func runCells(_ cells: String..., interpreter: SwiftInterpreter = SwiftInterpreter()) -> (sink: RecordingSink, outcomes: [ExecuteOutcome]) {
    let sink = RecordingSink()
    var outcomes: [ExecuteOutcome] = []
    for (i, c) in cells.enumerated() {
        outcomes.append(interpreter.execute(ExecuteRequest(code: c, executionCount: i + 1), output: sink))
    }
    return (sink, outcomes)
}

/// Runs one cell; returns stdout and the outcome.
func run1(_ code: String, _ interpreter: SwiftInterpreter = SwiftInterpreter()) -> (out: String, outcome: ExecuteOutcome) {
    let sink = RecordingSink()
    let o = interpreter.execute(ExecuteRequest(code: code), output: sink)
    return (sink.stdout, o)
}

extension ExecuteOutcome {
    /// The text/plain result, or nil.
    var text: String? {
        if case .ok(let b) = self { return b?.plainText }
        return nil
    }
    /// The error, or nil.
    var error: ExecutionError? {
        if case .error(let e) = self { return e }
        return nil
    }
}
