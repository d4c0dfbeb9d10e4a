import Testing
import Protocol
@testable import Kernel

extension LanguageTests {
    @Suite struct MagicsTests {
        @Test func timePrintsWallTimeAndKeepsTheResult() {
            let (sink, outcomes) = runCells("%time\nlet t = 2 + 2\nt")
            #expect(outcomes[0].text == "4")
            #expect(sink.stdout.hasPrefix("Wall time: "))
        }

        @Test func timeitReportsMeanAndDeviation() {
            let (sink, _) = runCells("%timeit 1 + 1")
            #expect(sink.stdout.contains("per loop (mean ± std. dev. of"))
        }

        @Test func whoResetAndLsmagic() {
            let i = SwiftInterpreter()
            let (sink, _) = runCells("let a = 1\nstruct S {}\nvar b = \"x\"", "%who", interpreter: i)
            #expect(sink.stdout == "a: Int\nb: String\nS: type\n")
            let (sink2, o) = runCells("%reset", "a", interpreter: i)
            #expect(sink2.stdout.contains("Session reset"))
            #expect(o[1].error?.name == "NameError")
            let (sink3, _) = runCells("%lsmagic")
            #expect(sink3.stdout.contains("%timeit") && sink3.stdout.contains("%%svg"))
        }

        @Test func seedMakesRandomNumbersRepeatable() {
            let i = SwiftInterpreter()
            let a = runCells("%seed 7\n(0..<5).map { _ in Int.random(in: 0..<1000) }", interpreter: i).outcomes[0].text
            let b = runCells("%seed 7\n(0..<5).map { _ in Int.random(in: 0..<1000) }", interpreter: i).outcomes[0].text
            #expect(a != nil && a == b)
            var g = SeededGenerator(seed: 3)
            let expected = Int.random(in: 1...6, using: &g)
            #expect(run1("var rng = SeededGenerator(seed: 3)\nInt.random(in: 1...6, using: &rng)").outcome.text == String(expected))
        }

        @Test func cellMagicsDisplayTheirBody() {
            let (sink, _) = runCells("%%html\n<b>hi</b>", "%%markdown\n# T", "%%svg\n<svg/>")
            #expect(sink.displays.map { $0.bundle.data.keys.last } == ["text/html", "text/markdown", "image/svg+xml"])
            #expect(sink.displays[0].bundle.data["text/html"]?.stringValue == "<b>hi</b>")
        }

        @Test func unknownMagicSuggests() {
            let (_, o) = runCells("%tme")
            #expect(o[0].error?.value.contains("did you mean '%time'") == true)
        }
    }
}
