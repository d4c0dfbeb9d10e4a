import Testing
import Protocol
@testable import Kernel

extension LanguageTests {
    @Suite struct ServicesTests {
        @Test func isCompleteDistinguishesTheThreeCases() {
            let i = SwiftInterpreter()
            #expect(i.isComplete("let a = 1") == .complete)
            #expect(i.isComplete("func f() {\n") == .incomplete(indent: "    "))
            #expect(i.isComplete("if a {\n  for x in y {") == .incomplete(indent: "        "))
            #expect(i.isComplete("let s = \"\"\"\nabc") == .incomplete(indent: ""))
            #expect(i.isComplete("let a = 1 +") == .incomplete(indent: ""))
            #expect(i.isComplete("let = = 3") == .invalid)
            #expect(i.isComplete("}") == .invalid)
            #expect(i.isComplete("%time") == .complete)
        }

        @Test func completesNamesKeywordsAndLibrary() {
            let i = SwiftInterpreter()
            _ = run1("let temperature = 3\nfunc tempo() {}", i)
            let r = i.complete("temp", cursor: 4)
            #expect(r.matches == ["temperature", "tempo"])
            #expect(r.cursorStart == 0 && r.cursorEnd == 4)
            #expect(i.complete("sq", cursor: 2).matches.contains("sqrt"))
            #expect(i.complete("gua", cursor: 3).matches == ["guard"])
        }

        @Test func completesMembersFromTheRuntimeValue() {
            let i = SwiftInterpreter()
            _ = run1("struct P { var alpha = 1; func area() -> Int { 0 } }\nlet p = P()\nlet xs = [1]", i)
            #expect(i.complete("p.a", cursor: 3).matches == ["alpha", "area"])
            let arr = i.complete("xs.app", cursor: 6)
            #expect(arr.matches == ["append"])
            #expect(arr.cursorStart == 3)
            #expect(i.complete("Double.p", cursor: 8).matches == ["pi"])
        }

        @Test func completesArgumentLabelsInsideCalls() {
            let i = SwiftInterpreter()
            _ = run1("func greet(name: String, times: Int = 1) {}", i)
            let r = i.complete("greet(name: \"a\", ti", cursor: 19)
            #expect(r.matches.first == "times:")
            #expect(i.complete("String(rep", cursor: 10).matches.contains("repeating:"))
        }

        @Test func cursorCountsUnicodeScalars() {
            let i = SwiftInterpreter()
            _ = run1("let émigré = 1", i)
            let code = "\"é\"; émi"
            let r = i.complete(code, cursor: code.unicodeScalars.count)
            #expect(r.matches == ["émigré"])
            #expect(r.cursorStart == 5)
        }

        @Test func inspectShowsSignatureDocsAndValue() throws {
            let i = SwiftInterpreter()
            _ = run1("/// Adds one.\nfunc inc(_ x: Int) -> Int { x + 1 }\nvar scores = [1, 2, 3]", i)
            let f = try #require(i.inspect("inc(2)", cursor: 1, detailLevel: 0)?.plainText)
            #expect(f.contains("func inc(_ x: Int) -> Int"))
            #expect(f.contains("Adds one."))
            let v = try #require(i.inspect("scores", cursor: 3, detailLevel: 0)?.plainText)
            #expect(v.contains("var scores: [Int]"))
            #expect(v.contains("Value: [1, 2, 3]"))
            let lib = try #require(i.inspect("pow", cursor: 1, detailLevel: 0)?.plainText)
            #expect(lib.contains("pow(_ x: Double, _ y: Double) -> Double"))
            let member = try #require(i.inspect("scores.append", cursor: 10, detailLevel: 0)?.plainText)
            #expect(member.contains("Array.append(_ newElement: Element)"))
            #expect(i.inspect("   ", cursor: 1, detailLevel: 0) == nil)
        }
    }
}
