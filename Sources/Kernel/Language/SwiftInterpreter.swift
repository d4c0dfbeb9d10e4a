import Lib
import Protocol
import SwiftSyntax

/// The cell language: Swift syntax, parsed by swift-syntax and interpreted.
///
/// Each cell is parsed, diagnosed, resolved and lowered once into closures over
/// frames of slots, then run. Declarations persist across cells in the session;
/// no mistake in a cell can bring the kernel down: syntax errors, unknown names,
/// runtime errors, deep recursion and interrupts all come back as an error outcome.
///
/// Thread rules: one thread at a time (the shell thread); interrupts arrive through
/// `Lib.Interruption`.
public final class SwiftInterpreter: Interpreter {
    /// The registry of library entries visible to cells.
    public let bindings: Bindings
    let session = Session()
    let runtime = Runtime()
    let parser: CellParser
    /// Cells run so far, for naming sources in tracebacks.
    private var cellCounter = 0

    /// Creates an interpreter with the standard library surface and any extra registrations.
    public init(bindings: Bindings = .standard()) {
        self.bindings = bindings
        self.parser = CellParser(bindings: bindings)
        bindings.attach(runtime)
    }

    public var languageInfo: LanguageInfo { .swift }
    public var banner: String { "Swift research kernel — cells are Swift, interpreted (swift-syntax front end)" }

    // MARK: - Execution

    public func execute(_ request: ExecuteRequest, output: OutputSink) -> ExecuteOutcome {
        runtime.output = output
        runtime.allowStdin = request.allowStdin
        defer { runtime.output = nil }
        if let magic = Magics.parse(request.code) {
            return Magics.run(magic, interpreter: self, request: request, output: output)
        }
        switch run(request.code, name: request.executionCount > 0 ? "Cell [\(request.executionCount)]" : "<cell>") {
        case .success(let v):
            if case .void = v { return .ok(nil) }
            return .ok(Display.bundle(for: v, bindings: bindings))
        case .failure(let e):
            return .error(e)
        }
    }

    public func evaluate(userExpression: String) -> Result<MimeBundle, ExecutionError> {
        run(userExpression, name: "<user expression>").map { Display.bundle(for: $0, bindings: bindings) }
    }

    /// Parses, diagnoses, lowers and runs `code`; returns the last expression's value.
    func run(_ code: String, name: String) -> Result<Value, ExecutionError> {
        cellCounter += 1
        let source = CellSource(name: name, text: code)
        if let e = NestingGuard.error(for: code, source: name) { return .failure(e) }
        let (tree, foldErrors) = parser.parse(code)
        if let e = SyntaxDiagnoser.error(for: tree, source: source) { return .failure(e) }
        if let fe = foldErrors.first {
            var tb = ["SyntaxError: \(fe.message)"]
            if let node = fe.node {
                let converter = SourceLocationConverter(fileName: source.name, tree: tree)
                let l = converter.location(for: node.positionAfterSkippingLeadingTrivia)
                let loc = CellLocation(source: source, line: l.line,
                                       column: SyntaxDiagnoser.characterColumn(source, line: l.line, utf8Column: l.column))
                tb.append("  at \(source.name), line \(loc.line), column \(loc.column)")
                tb += loc.excerpt.map { "    " + $0 }
            }
            return .failure(ExecutionError(name: "SyntaxError", value: fe.message, traceback: tb))
        }
        let lowerer = Lowerer(session: session, runtime: runtime, bindings: bindings, source: source, tree: tree)
        let program = lowerer.lowerCell(tree)
        if let first = lowerer.errors.first {
            var tb: [String] = []
            for e in lowerer.errors.prefix(5) {
                tb.append("\(e.name): \(e.message)")
                tb.append("  at \(source.name), line \(e.location.line), column \(e.location.column)")
                tb.append(contentsOf: e.location.excerpt.map { "    " + $0 })
            }
            return .failure(ExecutionError(name: first.name, value: first.message, traceback: tb))
        }
        lowerer.commit()
        runtime.prepareStackGuard()
        let frame = Frame.make(size: lowerer.scope.frameSize, parent: nil)
        do {
            return .success(try program(frame))
        } catch let e as RuntimeError {
            return .failure(e.executionError())
        } catch let e as ThrownError {
            var r = RuntimeError("UncaughtError", "error thrown and not caught: \(describe(e.value))")
            r.location = e.location
            return .failure(r.executionError())
        } catch is OptionalChainNil {
            return .failure(ExecutionError(name: "NilUnwrap", value: "optional chain produced nil", traceback: []))
        } catch {
            return .failure(ExecutionError(name: "Error", value: String(describing: error), traceback: ["Error: \(error)"]))
        }
    }

    public func shutdown(restart: Bool) {
        session.reset()
    }
}
