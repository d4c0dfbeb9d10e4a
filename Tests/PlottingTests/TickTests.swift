import Testing
@testable import Plotting

@Suite struct TickTests {
    @Test func linearTicksUseNiceSteps() {
        let a = TickLocator.linear(0, 1, maxIntervals: 5)
        #expect(a.step == 0.2)
        #expect(a.ticks.count == 6 && a.ticks.first == 0 && abs((a.ticks.last ?? 0) - 1) < 1e-12)
        // matplotlib's default for a 0…1000 loss curve with 5% margins: 0, 200, …, 1000.
        let b = TickLocator.linear(-49.95, 1048.95, maxIntervals: 9)
        #expect(b.step == 200 && b.ticks == [0, 200, 400, 600, 800, 1000])
        let c = TickLocator.linear(0.0, 2.6, maxIntervals: 9)
        #expect(c.step == 0.5)
        let d = TickLocator.linear(-3.2, 3.2, maxIntervals: 4)
        #expect(d.ticks == [-2, 0, 2])
        #expect(TickLocator.linear(0, 1, maxIntervals: 4).step == 0.25)
    }

    @Test func logTicksAreDecades() {
        let t = TickLocator.log(0.001, 20000, maxTicks: 9)
        #expect(t.major.count == 8 && t.major.first == 0.001 && t.major.last == 10000)
        #expect(t.minor.contains(2000) && t.minor.contains(0.005))
        let thinned = TickLocator.log(1e-12, 1e12, maxTicks: 6)
        #expect(thinned.major.count <= 7 && thinned.major.contains(1))
    }

    @Test func labelsHaveJustEnoughDecimals() {
        let f = TickFormat.automatic
        #expect(f.labels(for: [0, 0.25, 0.5], step: 0.25, scale: .linear).labels == ["0.00", "0.25", "0.50"])
        #expect(f.labels(for: [0, 200, 400], step: 200, scale: .linear).labels == ["0", "200", "400"])
        #expect(f.labels(for: [-1, 0, 1], step: 1, scale: .linear).labels == ["\u{2212}1", "0", "1"])
        #expect(f.labels(for: [0.5, 1.0, 1.5], step: 0.5, scale: .linear).labels == ["0.5", "1.0", "1.5"])
    }

    @Test func largeAndTinyValuesGetAMultiplier() {
        let big = TickFormat.automatic.labels(for: [0, 200_000, 400_000], step: 200_000, scale: .linear)
        #expect(big.labels == ["0", "2", "4"] && big.multiplier == "×10⁵")
        let tiny = TickFormat.automatic.labels(for: [0, 0.00002, 0.00004], step: 0.00002, scale: .linear)
        #expect(tiny.labels == ["0", "2", "4"] && tiny.multiplier == "×10⁻⁵")
        let sci = TickFormat.scientific.labels(for: [0, 50, 100], step: 50, scale: .linear)
        #expect(sci.multiplier == "×10²" && sci.labels == ["0.0", "0.5", "1.0"])
    }

    @Test func siPercentAndLogLabels() {
        #expect(TickFormat.si(unit: "B").labels(for: [0, 1e9, 2e9], step: 1e9, scale: .linear).labels == ["0 GB", "1 GB", "2 GB"])
        #expect(TickFormat.si(unit: "s").labels(for: [0, 0.0005, 0.001], step: 0.0005, scale: .linear).labels == ["0.0 ms", "0.5 ms", "1.0 ms"])
        #expect(TickFormat.percent.labels(for: [0, 0.5, 1], step: 0.5, scale: .linear).labels == ["0%", "50%", "100%"])
        #expect(TickFormat.automatic.labels(for: [0.01, 1, 1000], step: 0, scale: .log).labels == ["10⁻²", "10⁰", "10³"])
        #expect(TickFormat.custom { "<\($0)>" }.labels(for: [1], step: 1, scale: .linear).labels == ["<1.0>"])
    }

    @Test func limitsAddMarginsButStickToBarBaselines() {
        var e = DataExtent()
        e.add(0, log: false); e.add(10, log: false)
        let (lo, hi) = e.limits(fixed: nil, scale: .linear)
        #expect(abs(lo + 0.5) < 1e-12 && abs(hi - 10.5) < 1e-12)
        e.sticky = [0]
        let (lo2, _) = e.limits(fixed: nil, scale: .linear)
        #expect(lo2 == 0)
        #expect(e.limits(fixed: 2...3, scale: .linear) == (2, 3))
        #expect(DataExtent().limits(fixed: nil, scale: .log) == (1, 10))
    }

    @Test func scaleMapsDataToPixels() {
        let s = AxisScale(kind: .linear, lo: 0, hi: 10, p0: 100, p1: 200)
        #expect(s.map(5) == 150 && s.invert(150) == 5)
        let l = AxisScale(kind: .log, lo: 1, hi: 100, p0: 0, p1: 100)
        #expect(abs(l.map(10) - 50) < 1e-9)
        #expect(l.map(0) == -Double.infinity)
    }
}

@Suite struct AxisTickChoiceTests {
    @Test func imageAxesKeepWholeNumbers() {
        let ctx = DrawContext(pt: 100 / 72, theme: .light)
        let t = AxisTicks.make(lo: -0.5, hi: 15.5, length: 300, scale: .linear, format: .automatic, categories: [],
                               horizontal: true, integerOnly: true, ctx: ctx)
        #expect(t.major.allSatisfy { $0 == $0.rounded() })
        #expect(t.labels.allSatisfy { !$0.contains(".") })
        let c = AxisTicks.make(lo: -0.5, hi: 2.5, length: 60, scale: .linear, format: .automatic,
                               categories: ["a rather long category name", "b", "c"], horizontal: true, integerOnly: false, ctx: ctx)
        #expect(c.labels == ["a rather long category name", "b", "c"] && c.rotated)
    }
}
