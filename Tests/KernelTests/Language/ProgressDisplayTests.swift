import Testing
import Lib
@testable import Kernel

extension LanguageTests {
    /// The live progress display of library loops.
    @Suite struct ProgressDisplayTests {
        @Test func endsOnTheLastEventEvenWhenTheIntervalHeldItBack() {
            let sink = RecordingSink()
            let display = ProgressDisplay(output: sink, interval: 3600)
            Progress.withHandler({ display.receive($0) }) {
                for step in 1...12 { Progress.report(label: "sweep", step: step, total: 12) }
            }
            // Only the first event got through the interval so far; the loop ended on 12/12.
            #expect(sink.displays.count == 1)
            display.flush()
            #expect(sink.displays.count == 2)
            #expect(sink.displays.last?.update == true)
            #expect(sink.displays.last?.bundle.plainText == "sweep: 12/12")
            display.flush()
            #expect(sink.displays.count == 2)   // nothing pending any more
        }

        @Test func runFlushesWhenTheLoopEnds() {
            let sink = RecordingSink()
            ProgressDisplay.run(output: sink) {
                for step in 1...500 { Progress.report(label: "fit", step: step, total: 500) }
            }
            #expect(sink.displays.last?.bundle.plainText == "fit: 500/500")
        }
    }
}
