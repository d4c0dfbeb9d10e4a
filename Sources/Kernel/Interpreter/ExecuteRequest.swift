/// The parts of an `execute_request` that an interpreter acts on.
public struct ExecuteRequest: Sendable {
    /// The cell's source text.
    public var code: String
    /// `silent`: run without broadcasting input or results.
    public var silent: Bool
    /// `store_history`: whether this execution counts and is recorded.
    public var storeHistory: Bool
    /// `allow_stdin`: whether ``OutputSink/readInput(prompt:password:)`` may ask the front end.
    public var allowStdin: Bool
    /// The execution count this cell runs as (`In [n]`).
    public var executionCount: Int

    /// Creates a request; the defaults are those of a notebook cell.
    public init(code: String, silent: Bool = false, storeHistory: Bool = true,
                allowStdin: Bool = true, executionCount: Int = 1) {
        self.code = code
        self.silent = silent
        self.storeHistory = storeHistory
        self.allowStdin = allowStdin
        self.executionCount = executionCount
    }
}

/// How a cell ended.
public enum ExecuteOutcome: Sendable {
    /// Success, with the cell's value to show as `execute_result` (nil when the value is Void).
    case ok(MimeBundle?)
    /// Failure: the server sends an `error` message and an error reply.
    case error(ExecutionError)
}

/// An error in user code, as Jupyter shows it: `ename`, `evalue` and the traceback lines.
public struct ExecutionError: Error, Sendable, Equatable {
    /// The kind of error, e.g. `SyntaxError`, `IndexOutOfRange`, `Interrupted`.
    public var name: String
    /// The one-line message.
    public var value: String
    /// The lines a front end prints (may contain ANSI colours), source excerpt and caret included.
    public var traceback: [String]

    public init(name: String, value: String, traceback: [String]) {
        self.name = name
        self.value = value
        self.traceback = traceback
    }
}

/// The answer to `is_complete_request`.
public enum Completeness: Sendable, Equatable {
    /// Ready to run.
    case complete
    /// More lines are expected; the front end should continue with `indent`.
    case incomplete(indent: String)
    /// Cannot become valid by adding lines.
    case invalid
    /// The interpreter cannot tell.
    case unknown
}

/// The answer to `complete_request`. Offsets are in Unicode scalars.
public struct CompletionResult: Sendable, Equatable {
    /// Candidate texts that replace `cursorStart..<cursorEnd`.
    public var matches: [String]
    /// Start of the replaced range.
    public var cursorStart: Int
    /// End of the replaced range.
    public var cursorEnd: Int
    /// Optional per-match type information (`_jupyter_types_experimental` entries:
    /// `text`, `type`, `signature`), in the order of `matches`.
    public var types: [CompletionType]

    public init(matches: [String], cursorStart: Int, cursorEnd: Int, types: [CompletionType] = []) {
        self.matches = matches
        self.cursorStart = cursorStart
        self.cursorEnd = cursorEnd
        self.types = types
    }
}

/// Type information about one completion candidate.
public struct CompletionType: Sendable, Equatable {
    /// The candidate text.
    public var text: String
    /// Its kind: `function`, `variable`, `keyword`, `class`, `property`, `module`, ….
    public var type: String
    /// A signature to show beside it, possibly empty.
    public var signature: String

    public init(text: String, type: String, signature: String = "") {
        self.text = text
        self.type = type
        self.signature = signature
    }
}

/// Language metadata for `kernel_info_reply.language_info`.
public struct LanguageInfo: Sendable {
    public var name: String
    public var version: String
    public var mimetype: String
    public var fileExtension: String
    public var pygmentsLexer: String
    public var codemirrorMode: String

    public init(name: String, version: String, mimetype: String, fileExtension: String,
                pygmentsLexer: String, codemirrorMode: String) {
        self.name = name
        self.version = version
        self.mimetype = mimetype
        self.fileExtension = fileExtension
        self.pygmentsLexer = pygmentsLexer
        self.codemirrorMode = codemirrorMode
    }

    /// Swift, as this kernel's cells are written.
    public static let swift = LanguageInfo(
        name: "swift", version: "6.0", mimetype: "text/x-swift", fileExtension: ".swift",
        pygmentsLexer: "swift", codemirrorMode: "swift")
}
