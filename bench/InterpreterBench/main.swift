// Times the cell interpreter against CPython 3 on the same programs.
//
// Each program runs in a fresh SwiftInterpreter (parse + lower + run, timed around
// `execute`) and in python3 (timed inside the process with time.perf_counter around
// `exec`, so interpreter start-up is excluded on both sides). Best of `repeats` runs.
// Usage: swift run -c release --package-path bench InterpreterBench [repeats] [name filter]
import Foundation
import Kernel
import Protocol

/// A program written twice: as a cell and as Python.
struct Program {
    let name: String
    let swift: String
    let python: String
}

let programs = [
    Program(name: "integer loop, 10M iterations",
            swift: """
            var s = 0
            for i in 0..<10_000_000 { s += i }
            s
            """,
            python: """
            s = 0
            for i in range(10_000_000):
                s += i
            """),
    Program(name: "recursive fib(27)",
            swift: """
            func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }
            fib(27)
            """,
            python: """
            def fib(n):
                return n if n < 2 else fib(n - 1) + fib(n - 2)
            fib(27)
            """),
    Program(name: "build + sort 1M-element array",
            swift: """
            var a: [Int] = []
            var x = 12345
            for _ in 0..<1_000_000 {
                x = (x * 1103515245 + 12345) % 2147483648
                a.append(x)
            }
            let b = a.sorted()
            b.count
            """,
            python: """
            a = []
            x = 12345
            for _ in range(1_000_000):
                x = (x * 1103515245 + 12345) % 2147483648
                a.append(x)
            b = sorted(a)
            """),
    Program(name: "string building, 200k appends",
            swift: """
            var s = ""
            for i in 0..<200_000 { s += String(i) }
            s.count
            """,
            python: """
            s = ""
            for i in range(200_000):
                s += str(i)
            len(s)
            """),
]

/// Discards output.
final class NullOutput: OutputSink {
    func stream(_ name: StreamName, _ text: String) {}
    func display(_ bundle: MimeBundle, displayID: String?, update: Bool) {}
    func clearOutput(wait: Bool) {}
    func readInput(prompt: String, password: Bool) throws -> String { "" }
}

func timeSwift(_ code: String) -> Double {
    let interp = SwiftInterpreter()
    let start = DispatchTime.now().uptimeNanoseconds
    let outcome = interp.execute(ExecuteRequest(code: code), output: NullOutput())
    let t = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    if case .error(let e) = outcome { print("cell failed: \(e.name): \(e.value)"); exit(1) }
    return t
}

func timePython(_ code: String) -> Double? {
    let script = "import time\nsrc = \(pythonLiteral(code))\nt = time.perf_counter()\nexec(src, {})\nprint(time.perf_counter() - t)\n"
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", "-c", script]
    let pipe = Pipe()
    p.standardOutput = pipe
    do { try p.run() } catch { return nil }
    p.waitUntilExit()
    let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    return Double(out.trimmingCharacters(in: .whitespacesAndNewlines))
}

func pythonLiteral(_ s: String) -> String {
    "'" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
        .replacingOccurrences(of: "\n", with: "\\n") + "'"
}

// Run the interpreter on a thread with a large stack, as the kernel does.
let repeats = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 3 : 3
/// Optional second argument: run only programs whose name contains it.
let only = CommandLine.arguments.count > 2 ? CommandLine.arguments[2] : ""
let selected = programs.filter { only.isEmpty || $0.name.contains(only) }
var rows: [(String, Double, Double?)] = []
let done = DispatchSemaphore(value: 0)
let thread = Thread {
    for p in selected {
        let s = (0..<repeats).map { _ in timeSwift(p.swift) }.min()!
        let py = (0..<repeats).compactMap { _ in timePython(p.python) }.min()
        rows.append((p.name, s, py))
    }
    done.signal()
}
thread.stackSize = 512 << 20
thread.start()
done.wait()

print("| program | SwiftInterpreter (s) | CPython 3 (s) | ratio (ours / CPython) |")
print("|---|---:|---:|---:|")
for (name, s, py) in rows {
    let ratio = py.map { String(format: "%.2f", s / $0) } ?? "n/a"
    print("| \(name) | \(String(format: "%.3f", s)) | \(py.map { String(format: "%.3f", $0) } ?? "n/a") | \(ratio) |")
}
