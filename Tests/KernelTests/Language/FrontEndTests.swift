import Testing
import Protocol
@testable import Kernel

extension LanguageTests {
    @Suite struct FrontEndTests {
        @Test func syntaxErrorHasLineColumnCaretAndFixIt() throws {
            let (_, o) = run1("let a = 1\nlet b = (a + 2\nprint(b)")
            let e = try #require(o.error)
            #expect(e.name == "SyntaxError")
            #expect(e.value.contains("line"))
            let tb = e.traceback.joined(separator: "\n")
            #expect(tb.contains("expected ')'"))
            #expect(tb.contains("2 | let b = (a + 2"))
            #expect(tb.contains("^"))
            #expect(tb.contains("fix-it"))
        }

        @Test func caretSitsUnderTheColumn() throws {
            let (_, o) = run1("let x = 1\nlet y = x +* 2")
            let e = try #require(o.error)
            let lines = e.traceback
            let src = try #require(lines.firstIndex { $0.contains("| let y") })
            let caret = lines[src + 1]
            #expect(caret.trimmingCharacters(in: .whitespaces) == "^")
        }

        @Test func unknownNameStopsTheWholeCellWithSuggestion() throws {
            let (out, o) = run1("print(\"before\")\nlet total = 3\nprint(totl)")
            let e = try #require(o.error)
            #expect(e.name == "NameError")
            #expect(e.value.contains("cannot find 'totl' in scope"))
            #expect(e.value.contains("did you mean 'total'?"))
            #expect(out == "")  // nothing ran
            #expect(e.traceback.contains { $0.contains("line 3, column 7") })
        }

        @Test func unknownNamesInsideFunctionBodiesAreFoundBeforeRunning() throws {
            let (out, o) = run1("print(1)\nfunc f() -> Int { undefinedThing + 1 }")
            #expect(o.error?.name == "NameError")
            #expect(out == "")
        }

        @Test func precedenceFollowsSwift() {
            #expect(run1("1 + 2 * 3 - 4 / 2").outcome.text == "5")
            #expect(run1("2 * 3 < 7 && 1 + 1 == 2 || false").outcome.text == "true")
            #expect(run1("let o: Int? = nil\no ?? 2 + 3").outcome.text == "5")
            #expect(run1("1 << 2 + 1").outcome.text == "5")  // shifts bind tighter than +
            #expect(run1("(1...3).contains(2) ? 10 : 20").outcome.text == "10")
        }

        @Test func libraryOperatorsJoinTheFoldingTable() {
            let b = Bindings.standard()
            b.infixOperator("•", precedenceGroup: "MultiplicationPrecedence", doc: "Dot product of two [Double].") { x, y in
                guard case .array(let a) = x, case .array(let c) = y else { return nil }
                var s = 0.0
                for (p, q) in zip(a, c) {
                    guard case .double(let u) = p, case .double(let v) = q else { return nil }
                    s += u * v
                }
                return .double(s)
            }
            let interp = SwiftInterpreter(bindings: b)
            let o = run1("1.0 + [1.0, 2.0] • [3.0, 4.0]", interp).outcome
            #expect(o.text == "12.0", "\(String(describing: o.error))")
        }

        @Test func lastExpressionIsTheResultAndVoidIsNot() {
            #expect(run1("let a = [1, 2]\na").outcome.text == "[1, 2]")
            #expect(run1("\"hi\"").outcome.text == "\"hi\"")
            #expect(run1("[\"a\": 1]").outcome.text == "[\"a\": 1]")
            if case .ok(let b) = run1("var z = 1\nz += 1").outcome { #expect(b == nil) } else { Issue.record("failed") }
            if case .ok(let b) = run1("print(1)").outcome { #expect(b == nil) } else { Issue.record("failed") }
        }
    }
}
