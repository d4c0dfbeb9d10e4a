/// An error raised while a cell runs: its kind (`IndexOutOfRange`, `NilUnwrap`, …),
/// a message, where it happened, and the user functions it passed through.
public struct RuntimeError: Error {
    /// The error kind as shown in Jupyter's `ename`.
    public var name: String
    /// The one-line message.
    public var message: String
    /// Where the error was raised, once known.
    public var location: CellLocation?
    /// Call sites the error unwound through, innermost first: function name and call location.
    public var trace: [(function: String, location: CellLocation)] = []
    /// Call sites unwound past the first ``traceLimit`` and not kept in ``trace`` (deep recursion).
    public var omittedFrames = 0
    /// The outermost call site once frames are omitted: where the cell itself made the call.
    public var outermost: (function: String, location: CellLocation)?
    /// How many call sites ``trace`` keeps.
    static let traceLimit = 24

    public init(_ name: String, _ message: String, at location: CellLocation? = nil) {
        self.name = name; self.message = message; self.location = location
    }

    /// Records a call site the error unwinds through. Past ``traceLimit`` only the outermost
    /// one is kept and the rest counted: an error ending a 10,000-deep recursion would
    /// otherwise copy its growing trace at every level (quadratic time) and print 10,000 frames.
    mutating func addFrame(_ function: String, _ location: CellLocation) {
        if trace.count < RuntimeError.traceLimit {
            trace.append((function, location))
        } else {
            omittedFrames += 1
            outermost = (function, location)
        }
    }

    /// Attributes the error to a call of `function` written at `location`: the error's own
    /// location when it has none yet, else a traceback entry for that call.
    mutating func attribute(toCallOf function: String, at location: CellLocation) {
        if self.location == nil { self.location = location } else { addFrame(function, location) }
    }

    /// The same error with a location, if it had none.
    func located(_ loc: CellLocation) -> RuntimeError {
        if location != nil { return self }
        var e = self; e.location = loc; return e
    }

    /// Jupyter's view of the error: name, message and traceback lines with excerpts.
    func executionError() -> ExecutionError {
        var tb: [String] = []
        tb.append("\(name): \(message)")
        if let loc = location {
            let fn = trace.first.map { " in \($0.function)" } ?? ""
            tb.append("  at \(loc.source.name), line \(loc.line), column \(loc.column)\(fn)")
            tb.append(contentsOf: loc.excerpt.map { "    " + $0 })
        }
        var frames = trace
        if let outermost { frames.append(outermost) }
        for (i, t) in frames.enumerated() {
            if i == trace.count && omittedFrames > 1 {
                tb.append("  … \(omittedFrames - 1) more calls …")
            }
            let caller = i + 1 < frames.count ? " in \(frames[i + 1].function)" : ""
            tb.append("  called from \(t.location.source.name), line \(t.location.line)\(caller)")
            tb.append(contentsOf: t.location.excerpt.map { "    " + $0 })
        }
        return ExecutionError(name: name, value: message, traceback: tb)
    }
}

/// A Swift error value thrown by user code with `throw`, on its way to a `catch`.
public struct ThrownError: Error {
    public let value: Value
    public let location: CellLocation?
}

// MARK: - Constructors for the common kinds

extension RuntimeError {
    static func type(_ message: String) -> RuntimeError { RuntimeError("TypeError", message) }
    static func index(_ message: String) -> RuntimeError { RuntimeError("IndexOutOfRange", message) }
    static func overflow(_ op: String, _ a: Int, _ b: Int) -> RuntimeError {
        RuntimeError("Overflow", "arithmetic overflow: \(a) \(op) \(b) does not fit in Int (64 bits)")
    }
    static func nilUnwrap(_ what: String = "") -> RuntimeError {
        RuntimeError("NilUnwrap", "unexpectedly found nil while unwrapping an Optional value\(what)")
    }
    static func member(_ message: String) -> RuntimeError { RuntimeError("UnknownMember", message) }
    static func argument(_ message: String) -> RuntimeError { RuntimeError("ArgumentError", message) }
    static func value(_ message: String) -> RuntimeError { RuntimeError("ValueError", message) }
    /// A construct the cell language cannot run exactly as compiled Swift does: refused, never approximated.
    static func unsupported(_ construct: String) -> RuntimeError {
        RuntimeError("Unsupported", "\(construct) is not supported yet")
    }
}
