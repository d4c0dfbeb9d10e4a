import Foundation
import Lib
import Testing
@testable import Kernel

extension LanguageTests {
    @Suite struct RuntimeErrorTests {
        /// Runs `code` and returns the error, asserting its kind and the line of its location.
        func error(_ code: String, name: String, line: Int, _ interp: SwiftInterpreter = SwiftInterpreter()) -> ExecutionError? {
            let (_, o) = run1(code, interp)
            guard let e = o.error else { Issue.record("expected \(name)"); return nil }
            #expect(e.name == name, "got \(e.name): \(e.value)")
            #expect(e.traceback.contains { $0.contains("line \(line),") }, "\(e.traceback)")
            #expect(e.traceback.contains { $0.hasSuffix("^") })
            return e
        }

        @Test func indexOutOfRange() {
            let e = error("let a = [1, 2, 3]\nlet b = a[5]", name: "IndexOutOfRange", line: 2)
            #expect(e?.value == "Index out of range: index 5 of an array of 3 elements")
        }

        @Test func integerOverflow() {
            let e = error("var x = Int.max\nx += 1", name: "Overflow", line: 2)
            #expect(e?.value.contains("9223372036854775807 + 1") == true)
            _ = error("let m = Int.max\nlet y = m * 2", name: "Overflow", line: 2)
        }

        @Test func divisionByZero() {
            let e = error("let z = 0\nlet q = 5 % z", name: "DivisionByZero", line: 2)
            #expect(e?.value.contains("5 % 0") == true)
        }

        @Test func nilUnwrap() {
            let e = error("let d = [\"a\": 1]\nlet v = d[\"b\"]!", name: "NilUnwrap", line: 2)
            #expect(e?.value.contains("unexpectedly found nil") == true)
        }

        @Test func typeMismatch() {
            let e = error("let s = \"x\"\nlet t = s * 2", name: "TypeError", line: 2)
            #expect(e?.value == "binary operator '*' cannot be applied to operands of type 'String' and 'Int'")
            _ = error("if 1 { print(1) }", name: "TypeError", line: 1)
        }

        @Test func wrongArgumentLabel() {
            let e = error("func area(width: Int, height: Int) -> Int { width * height }\narea(w: 2, height: 3)", name: "ArgumentError", line: 2)
            #expect(e?.value.contains("area(width:height:)") == true)
            let (_, o) = run1("sqrt(x: 2.0)")
            #expect(o.error?.name == "ArgumentError")
            #expect(o.error?.value.contains("sqrt(_ x: Double)") == true)
        }

        @Test func unknownMemberWithSuggestion() {
            let e = error("let a = [1]\nlet n = a.cout", name: "UnknownMember", line: 2)
            #expect(e?.value.contains("did you mean 'count'?") == true)
        }

        @Test func uncaughtThrow() {
            let e = error("enum E: Error { case bad }\nfunc f() throws { throw E.bad }\ntry f()", name: "UncaughtError", line: 2)
            #expect(e?.value.contains("bad") == true)
        }

        @Test func deepRecursionIsAnErrorNotACrash() {
            let e = error("func r(_ n: Int) -> Int { r(n + 1) + 1 }\nr(0)", name: "RecursionError", line: 1)
            #expect(e?.value.contains("maximum recursion depth") == true)
        }

        @Test func tracebackGoesThroughUserFunctions() throws {
            let (_, o) = run1("func inner(_ a: [Int]) -> Int {\n    a[10]\n}\nfunc outer() -> Int {\n    inner([1])\n}\nouter()")
            let e = try #require(o.error)
            let tb = e.traceback.joined(separator: "\n")
            #expect(tb.contains("line 2, column"))
            #expect(tb.contains("in inner"))
            #expect(tb.contains("called from Cell [1], line 5 in outer"))
            #expect(tb.contains("called from Cell [1], line 7"))
        }

        @Test func stateChangedBeforeTheErrorStays() {
            let interp = SwiftInterpreter()
            _ = run1("var log = [Int]()", interp)
            let (_, o) = run1("log.append(1)\nlog.append(2)\nlet bad = log[7]\nlog.append(3)", interp)
            #expect(o.error?.name == "IndexOutOfRange")
            #expect(run1("log", interp).outcome.text == "[1, 2]")
        }

        @Test func interruptStopsAnInfiniteLoopWithin50ms() throws {
            Interruption.clear()
            let interp = SwiftInterpreter()
            var outcome: ExecuteOutcome?
            var stoppedAt: UInt64 = 0
            let finished = DispatchSemaphore(value: 0)
            // The worker's own flag: other suites run cells in parallel on the shared one.
            let flag = InterruptFlag()
            let t = Thread {
                outcome = Interruption.withFlag(flag) {
                    interp.execute(ExecuteRequest(code: "var i = 0\nwhile true { i += 1 }"), output: RecordingSink())
                }
                stoppedAt = DispatchTime.now().uptimeNanoseconds
                finished.signal()
            }
            t.stackSize = 64 << 20
            t.start()
            Thread.sleep(forTimeInterval: 0.2)
            let requested = DispatchTime.now().uptimeNanoseconds
            flag.request()
            let ok = finished.wait(timeout: .now() + 2) == .success
            flag.clear()
            #expect(ok)
            #expect(outcome?.error?.name == "Interrupted")
            #expect(Double(stoppedAt - requested) / 1e6 < 50)
            // The session survives and keeps its state.
            #expect(run1("i > 0", interp).outcome.text == "true")
        }
    }
}
