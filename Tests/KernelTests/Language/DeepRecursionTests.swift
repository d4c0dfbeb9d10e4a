import Foundation
import Testing
@testable import Kernel

extension LanguageTests {
    /// Endless recursion on the kernel's 512 MB shell stack: the depth limit (not the stack)
    /// stops it, the error unwinds 10,000 frames in linear time, and its traceback stays short.
    @Suite struct DeepRecursionTests {
        /// Runs `body` on a thread with the shell thread's stack, as the kernel does.
        func onShellStack(_ body: @escaping () -> Void) throws {
            let thread = try KernelThread(name: "test-shell", stackSize: KernelServer.shellStackSize, body)
            #expect(thread.join(timeout: 60))
        }

        @Test func recursionErrorUnwindsQuicklyWithABoundedTraceback() throws {
            let interp = SwiftInterpreter()
            var elapsed = 0.0
            var error: ExecutionError?
            var kept: String?
            try onShellStack {
                _ = run1("let keepRecursion = 9", interp)
                let start = Date()
                error = run1("func down(_ n: Int) -> Int { down(n + 1) + 1 }\ndown(0)", interp).outcome.error
                elapsed = Date().timeIntervalSince(start)
                kept = run1("keepRecursion", interp).outcome.text
            }
            #expect(error?.name == "RecursionError")
            #expect(error?.value.contains("10001 nested calls") == true, "\(String(describing: error?.value))")
            // The traceback assertions below prove the bounded unwinding; this bound only separates
            // it from the quadratic copy it replaced (20 s at this depth), with room for a loaded
            // machine or a sanitizer build (7 s under ThreadSanitizer).
            #expect(elapsed < 15, "unwinding took \(elapsed) s")
            let tb = error?.traceback ?? []
            #expect(tb.count < 200, "\(tb.count) traceback lines")
            #expect(tb.contains { $0.contains("more calls") })
            #expect(tb.filter { $0.contains("called from") }.count == RuntimeError.traceLimit + 1)
            #expect(kept == "9")
        }

        @Test func shallowTracebacksAreComplete() {
            let e = run1("func a() -> Int { b() }\nfunc b() -> Int { [0][3] }\na()").outcome.error
            #expect(e?.traceback.filter { $0.contains("called from") }.count == 2)
            #expect(e?.traceback.contains { $0.contains("more calls") } == false)
        }
    }
}
