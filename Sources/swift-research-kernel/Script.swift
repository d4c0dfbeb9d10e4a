import ArgumentParser
import Foundation
import Kernel
import Protocol

/// `script`: run Swift files through the cell language without Jupyter, as `swift FILE` would.
///
/// Each file runs as one cell of a fresh session: what it prints goes to stdout as it is printed,
/// and an error (syntax, unsupported construct, runtime trap) goes to stderr as a notebook shows
/// it. The value of a trailing expression is not shown, as in a compiled program.
/// Exit status: 0 when every file ran, 1 when one ended with an error.
struct Script: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run Swift files as cells of a fresh session, printing to stdout (no Jupyter).")

    @Argument(help: "The Swift source files to run, one session each.")
    var files: [String]

    func run() throws {
        var failed = false
        for path in files {
            guard let code = try? String(contentsOfFile: path, encoding: .utf8) else {
                FileHandle.standardError.write(Data("error: cannot read \(path)\n".utf8))
                throw ExitCode(2)
            }
            let sink = StandardStreams()
            let request = ExecuteRequest(code: code, allowStdin: false, executionCount: 0)
            if case .error(let e) = SwiftInterpreter().execute(request, output: sink) {
                let lines = e.traceback.isEmpty ? ["\(e.name): \(e.value)"] : e.traceback
                sink.stream(.stderr, lines.joined(separator: "\n") + "\n")
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }
}

/// An output sink that writes the cell's streams to the process's stdout and stderr unbuffered.
final class StandardStreams: OutputSink {
    func stream(_ name: StreamName, _ text: String) {
        (name == .stdout ? FileHandle.standardOutput : FileHandle.standardError).write(Data(text.utf8))
    }
    func display(_ bundle: MimeBundle, displayID: String?, update: Bool) {
        if let text = bundle.data["text/plain"]?.stringValue { stream(.stdout, text + "\n") }
    }
    func clearOutput(wait: Bool) {}
    func readInput(prompt: String, password: Bool) throws -> String { throw StdinError.notAllowed }
}
