import Protocol

/// The language side of the kernel: everything the server needs from a cell evaluator.
///
/// This is the one seam between the Jupyter server and the cell language (the
/// xeus `xinterpreter` hooks). The server owns sockets, headers, execution counts,
/// history and status messages; an interpreter only evaluates text and reports
/// output through an ``OutputSink``. Tests substitute a mock.
///
/// Thread rules: every method is called on the shell thread, one at a time,
/// in request order. Interrupts arrive through `Lib.Interruption`, never as calls.
public protocol Interpreter: AnyObject {
    /// Describes the language for `kernel_info_reply`.
    var languageInfo: LanguageInfo { get }

    /// The banner shown by console front ends.
    var banner: String { get }

    /// Runs one cell.
    ///
    /// Output produced while running goes to `output`; the value of the cell, if any,
    /// comes back in the outcome and the server publishes it as `execute_result`.
    func execute(_ request: ExecuteRequest, output: OutputSink) -> ExecuteOutcome

    /// Evaluates one `user_expressions` entry after a cell, without side effects
    /// on the execution count.
    func evaluate(userExpression: String) -> Result<MimeBundle, ExecutionError>

    /// Decides whether `code` is ready to run (`is_complete_request`).
    func isComplete(_ code: String) -> Completeness

    /// Completion candidates at `cursor`, counted in Unicode scalars from the start of `code`.
    func complete(_ code: String, cursor: Int) -> CompletionResult

    /// Documentation for the name at `cursor` (Unicode scalars), or nil when nothing is known.
    /// `detailLevel` 0 asks for a summary, 1 for everything.
    func inspect(_ code: String, cursor: Int, detailLevel: Int) -> MimeBundle?

    /// Called once before the process exits.
    func shutdown(restart: Bool)
}

extension Interpreter {
    public var banner: String { "\(languageInfo.name) \(languageInfo.version)" }
    public func evaluate(userExpression: String) -> Result<MimeBundle, ExecutionError> {
        .failure(ExecutionError(name: "NotSupported", value: "user expressions are not supported", traceback: []))
    }
    public func isComplete(_ code: String) -> Completeness { .unknown }
    public func complete(_ code: String, cursor: Int) -> CompletionResult {
        CompletionResult(matches: [], cursorStart: cursor, cursorEnd: cursor)
    }
    public func inspect(_ code: String, cursor: Int, detailLevel: Int) -> MimeBundle? { nil }
    public func shutdown(restart: Bool) {}
}
