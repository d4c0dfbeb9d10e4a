import Testing
@testable import Plotting

@Suite struct ColorMapTests {
    @Test func perceptualMapsMatchMatplotlibEndpoints() {
        #expect(ColorMap.viridis.colors.count == 256)
        #expect(ColorMap.viridis.color(at: 0).hex == "#440154")
        #expect(ColorMap.viridis.color(at: 1).hex == "#fde725")
        #expect(ColorMap.magma.color(at: 0).hex == "#000004")
        #expect(ColorMap.magma.color(at: 1).hex == "#fcfdbf")
    }

    @Test func divergingMapsAreLightInTheMiddle() {
        for map in [ColorMap.redBlue, ColorMap.coolwarm] {
            let mid = map.color(at: 0.5)
            #expect(Int(mid.r) + Int(mid.g) + Int(mid.b) > 600, "\(map.name) middle is \(mid.hex)")
            let lo = map.color(at: 0), hi = map.color(at: 1)
            #expect(lo.b > lo.r && hi.r > hi.b, "\(map.name) should run blue to red")
        }
    }

    @Test func samplingClampsAndHandlesNaN() {
        #expect(ColorMap.viridis.color(at: -5) == ColorMap.viridis.color(at: 0))
        #expect(ColorMap.viridis.color(at: 7) == ColorMap.viridis.color(at: 1))
        #expect(ColorMap.viridis.color(at: .nan).a == 0)
    }

    @Test func customMapsInterpolate() throws {
        let m = try ColorMap(name: "bw", colors: [.black, .white])
        #expect(m.color(at: 0) == .black && m.color(at: 1) == .white)
        let mid = m.color(at: 0.5)
        #expect(abs(Int(mid.r) - 128) <= 1)
        #expect(throws: PlotError.self) { try ColorMap(name: "x", colors: [.black]) }
    }

    @Test func tab10IsTheDefaultCycle() throws {
        #expect(Color.tab10.count == 10 && Color.tab10[0].hex == "#1f77b4" && Color.tab10[1].hex == "#ff7f0e")
        let fig = Figure()
        try fig.axes.line([0, 1], [0, 1])
        try fig.axes.line([0, 1], [1, 0])
        let colors = fig.axes.marks.compactMap { if case .line(let l) = $0 { return l.color }; return nil }
        #expect(colors == [Color.tab10[0], Color.tab10[1]])
    }
}
