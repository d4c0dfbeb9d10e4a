import Foundation
import Testing
@testable import Kernel

extension LanguageTests {
    /// Deeply nested square brackets are refused before the parser's exponential lookahead.
    @Suite struct NestingGuardTests {
        @Test func depthCountsCodeAndInterpolationsNotStringsOrComments() {
            #expect(NestingGuard.squareBracketDepth("[[1], [2, [3]]]") == 3)
            #expect(NestingGuard.squareBracketDepth("let s = \"[[[[[[[[[[[[[[[[\"\n[1]") == 1)
            #expect(NestingGuard.squareBracketDepth("// [[[[[[[[[[[[[[\n/* [[[[[[[[[[[[[[ /* [[ */ */ [0]") == 1)
            #expect(NestingGuard.squareBracketDepth("let t = \"\"\"\n[[[[[[[[[[\n\"\"\"") == 0)
            #expect(NestingGuard.squareBracketDepth("\"a \\([[[[1]]]]) b\"") == 4)
            #expect(NestingGuard.squareBracketDepth("\"a \\(f(\"[[[[\")) [ \"") == 0)
            #expect(NestingGuard.squareBracketDepth(String(repeating: "[", count: 30)) == 30)
        }

        @Test func deepNestingIsASyntaxErrorAtOnceAndTheSessionSurvives() {
            let interp = SwiftInterpreter()
            _ = run1("let keepNesting = 5", interp)
            for code in [String(repeating: "[", count: 40) + "1",
                         String(repeating: "[", count: 30) + "1" + String(repeating: "]", count: 30),
                         "let x: " + String(repeating: "[", count: 25) + "Int" + String(repeating: "]", count: 25) + " = []",
                         "\"\\(" + String(repeating: "[", count: 30) + ")\""] {
                let start = Date()
                let e = run1(code, interp).outcome.error
                #expect(Date().timeIntervalSince(start) < 1)
                #expect(e?.name == "SyntaxError")
                #expect(e?.value.contains("nested") == true, "\(String(describing: e))")
            }
            #expect(interp.isComplete(String(repeating: "[", count: 30) + String(repeating: "]", count: 30)) == .invalid)
            #expect(run1("keepNesting", interp).outcome.text == "5")
        }

        @Test func nestingAtTheLimitStillRuns() {
            let depth = NestingGuard.maxSquareBracketDepth
            let code = "let deep = " + String(repeating: "[", count: depth) + "7" + String(repeating: "]", count: depth)
                + "\ndeep.count"
            #expect(run1(code).outcome.text == "1")
        }
    }
}

extension LanguageTests {
    /// Cells on which swift-syntax's diagnostics generator would trap (found by libFuzzer).
    @Suite struct DiagnosticsCrashTests {
        @Test func replacementCharacterBeforeEqualsIsASyntaxErrorNotACrash() {
            let interp = SwiftInterpreter()
            _ = run1("let keepDiag = 4", interp)
            for code in ["let m \u{FFFD}= 1", "let m \u{FFFD}\u{FFFD}= Tensor([1])\nm", "var x = 0\nx \u{FFFD}= 2"] {
                let e = run1(code, interp).outcome.error
                #expect(e?.name == "SyntaxError", "\(code): \(String(describing: e))")
                #expect(interp.isComplete(code) == .invalid)
            }
            #expect(run1("keepDiag", interp).outcome.text == "4")
        }
    }
}
