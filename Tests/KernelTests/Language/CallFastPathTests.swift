import Foundation
import Lib
import Testing
@testable import Kernel

extension LanguageTests {
    /// The fast call paths: reused frames, inline operands, calls that skip copying the callee.
    @Suite struct CallFastPathTests {
        @Test func functionsWithoutClosuresReuseFramesAndKeepResultsRight() {
            #expect(run1("func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }\nfib(20)").outcome.text == "6765")
            // The argument calls the same function: each active call keeps its own frame.
            #expect(run1("func g(_ n: Int) -> Int { n <= 0 ? 0 : g(n - 1) + n }\ng(g(3))").outcome.text == "21")
            // Two parameters, a local declared without a value, and a loop inside the function.
            let code = """
            func h(_ set: Bool, _ k: Int) -> String {
                var y: Int?
                if set { y = k }
                var s = 0
                for i in 0..<k { s += i }
                return (y == nil ? "nil" : String(y!)) + "/\\(s)"
            }
            func plain(_ set: Bool, _ k: Int) -> String {
                var y: Int?
                if set { y = k }
                return y == nil ? "nil" : "set"
            }
            [h(true, 3), h(false, 4), plain(true, 1), plain(false, 1), plain(false, 2)]
            """
            let r = run1(code)
            #expect(r.outcome.text == "[\"3/3\", \"nil/6\", \"set\", \"nil\", \"nil\"]", "\(String(describing: r.outcome.error))")
        }

        @Test func recursionDeeperThanTheKeptFramesWorks() throws {
            var result: String?
            let thread = try KernelThread(name: "test-shell", stackSize: KernelServer.shellStackSize) {
                let code = "func d(_ n: Int) -> Int { n == 0 ? 0 : d(n - 1) + 1 }\n[d(1000), d(5), d(1000)]"
                result = run1(code).outcome.text
            }
            #expect(thread.join(timeout: 60))
            #expect(result == "[1000, 5, 1000]")
        }

        @Test func closuresEscapingFromRecursiveCallsKeepTheirCapturedValues() {
            let code = """
            func makeCounters(_ n: Int) -> [() -> Int] {
                if n == 0 { return [] }
                var k = n * 10
                let bump = { k += 1; return k }
                return makeCounters(n - 1) + [bump]
            }
            let cs = makeCounters(3)
            let first = cs.map { $0() }
            let second = cs.map { $0() }
            first + second
            """
            #expect(run1(code).outcome.text == "[11, 21, 31, 12, 22, 32]")
        }

        @Test func aFunctionReplacingItsOwnGlobalWhileRecursingStaysAlive() {
            let code = """
            func ident(_ n: Int) -> Int { n }
            var r: (Int) -> Int = ident
            r = { n in if n == 2 { r = ident }; return n == 0 ? 0 : r(n - 1) + 1 }
            r(5)
            """
            #expect(run1(code).outcome.text == "5")
            let swapCode = """
            var g: (Int) -> Int = { $0 }
            func swapper(_ n: Int) -> Int { g = { $0 * 2 }; return n + 100 }
            g = swapper
            var out: [Int] = []
            for i in 0..<3 { out.append(g(i)) }
            out
            """
            #expect(run1(swapCode).outcome.text == "[100, 2, 4]")
        }

        @Test func redeclaringAFunctionInALaterCellReachesCallersCompiledEarlier() {
            let interp = SwiftInterpreter()
            _ = run1("func k(_ n: Int) -> Int { n + 1 }\nfunc use(_ n: Int) -> Int { k(n) }", interp)
            #expect(run1("use(1)", interp).outcome.text == "2")
            _ = run1("func k(_ n: Int) -> Int { n * 10 }", interp)
            #expect(run1("use(2)", interp).outcome.text == "20")
        }

        @Test func overflowInInlineOperandsIsTheSameErrorAsElsewhere() {
            // `n + 1` as a call argument and `n - 1` in a comparison-free body use the inline paths.
            let fast = run1("func up(_ n: Int) -> Int { n }\nfunc f(_ n: Int) -> Int { up(n + 1) }\nf(Int.max)").outcome.error
            let slow = run1("let big = Int.max\nbig + 1").outcome.error
            #expect(fast != nil)
            #expect(fast?.name == slow?.name)
            #expect(fast?.value == slow?.value)
            // The error points at the operator inside `f` and lists the call of `f`.
            #expect(fast?.traceback.contains { $0.contains("line 2, column 32") } == true, "\(fast?.traceback ?? [])")
            #expect(fast?.traceback.contains { $0.contains("called from") } == true)
            let compared = run1("func lt(_ n: Int) -> Bool { n < 2 }\nlt(\"a\")").outcome.error
            #expect(compared != nil)
        }

        @Test func declaredTupleResultsGetTheirLabelsAndElementTypesOnEveryCall() {
            let code = """
            func pair(_ n: Int) -> (mean: Double, count: Int) { (n, n + 1) }
            let first = pair(1)
            let second = pair(2)
            "\\(first.mean) \\(second.mean) \\(second.count)"
            """
            #expect(run1(code).outcome.text == "\"1.0 2.0 3\"")
            // A value that is not a tuple passes through unchanged, as before.
            #expect(run1("func same(_ x: Int) -> (Int, Int) { (x, x) }\nsame(4).1").outcome.text == "4")
        }

        @Test func interruptStopsARecursionWithoutLoops() throws {
            let interp = SwiftInterpreter()
            var outcome: ExecuteOutcome?
            var stoppedAt: UInt64 = 0
            let finished = DispatchSemaphore(value: 0)
            // Exponential recursion: no loop back-edge, only calls poll the worker's own flag.
            let flag = InterruptFlag()
            let thread = try KernelThread(name: "test-shell", stackSize: KernelServer.shellStackSize) {
                outcome = Interruption.withFlag(flag) {
                    interp.execute(ExecuteRequest(code: "func t(_ n: Int) -> Int { n == 0 ? 1 : t(n - 1) + t(n - 1) }\nt(60)"),
                                   output: RecordingSink())
                }
                stoppedAt = DispatchTime.now().uptimeNanoseconds
                finished.signal()
            }
            Thread.sleep(forTimeInterval: 0.2)
            let requested = DispatchTime.now().uptimeNanoseconds
            flag.request()
            let ok = finished.wait(timeout: .now() + 5) == .success
            flag.clear()
            #expect(ok)
            #expect(thread.join(timeout: 5))
            #expect(outcome?.error?.name == "Interrupted")
            #expect(Double(stoppedAt - requested) / 1e6 < 50)
            // The session survives: the function still works after the interrupted call.
            #expect(run1("t(3)", interp).outcome.text == "8")
        }

        @Test func argumentErrorsAreNotAttributedToTheCallee() {
            let e = run1("func one(_ n: Int) -> Int { n }\nfunc caller() -> Int { one([1][5]) }\ncaller()").outcome.error
            #expect(e?.name == run1("[1][5]").outcome.error?.name)
            // One call frame (caller), not two: the failing argument never entered `one`.
            #expect(e?.traceback.filter { $0.contains("called from") }.count == 1, "\(e?.traceback ?? [])")
        }

    }
}
