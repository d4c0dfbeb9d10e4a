import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Plotting

/// Collects element names and text content while parsing.
private final class SVGCollector: NSObject, XMLParserDelegate {
    var elements: [String] = []
    var texts: [String] = []
    private var inText = false
    private var current = ""

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements.append(name)
        if name == "text" { inText = true; current = "" }
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) { if inText { current += string } }
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text" { texts.append(current); inText = false }
    }
}

@Suite struct SVGTests {
    private func parse(_ svg: String) throws -> SVGCollector {
        let parser = XMLParser(data: Data(svg.utf8))
        let c = SVGCollector()
        parser.delegate = c
        let ok = parser.parse()
        #expect(ok, "SVG did not parse: \(parser.parserError.map { "\($0)" } ?? "unknown")")
        return c
    }

    @Test(arguments: ["loss_curve", "subplots_2x2", "heatmap_500", "timeline", "error_band_annotations"])
    func galleryFiguresAreWellFormed(_ name: String) throws {
        let fig = try #require(Gallery.all.first { $0.name == name }).make()
        let c = try parse(fig.svgString())
        #expect(c.elements.first == "svg")
        #expect(c.elements.contains("path"))
        #expect(c.elements.contains("text"))
        #expect(c.elements.contains("clipPath"))
    }

    @Test func textIsRealAndEscaped() throws {
        let fig = Figure()
        try fig.axes.line([0, 1], [0, 1], label: "a < b & c")
        fig.axes.title = "Loss \"quoted\" <tag>"
        let svg = fig.svgString()
        #expect(svg.contains("&lt;tag&gt;"))
        let c = try parse(svg)
        #expect(c.texts.contains("Loss \"quoted\" <tag>"))
        #expect(c.texts.contains("a < b & c"))
    }

    @Test func heatmapEmbedsAPNGImage() throws {
        let fig = Figure()
        try fig.axes.heatmap([[0, 1], [2, 3]])
        let c = try parse(fig.svgString())
        #expect(c.elements.filter { $0 == "image" }.count == 2)  // the heat map and its colour bar
        #expect(fig.svgString().contains("data:image/png;base64,iVBORw0KGgo"))
    }

    @Test func numbersAreCompact() {
        #expect(SVGRenderer.num(12.5) == "12.5")
        #expect(SVGRenderer.num(-3) == "-3")
        #expect(SVGRenderer.num(0.07) == "0.07")
        #expect(SVGRenderer.num(1.005) == "1.01" || SVGRenderer.num(1.005) == "1")
        #expect(SVGRenderer.num(0.001) == "0")
        #expect(SVGRenderer.num(.nan) == "0")
    }

    @Test func strokesCarryTheirStyle() {
        let r = SVGRenderer(width: 10, height: 10, background: .white)
        r.stroke(.polyline([Point(0, 0), Point(5, 5)]), color: Color(r: 255, g: 0, b: 0, a: 128),
                 style: StrokeStyle(width: 2, cap: .round, join: .round, dash: [4, 2]))
        let doc = r.document
        #expect(doc.contains("stroke=\"#ff0000\" stroke-opacity=\"0.5\""))
        #expect(doc.contains("stroke-dasharray=\"4,2\""))
        #expect(doc.contains("stroke-linecap=\"round\""))
        #expect(doc.contains("d=\"M0 0L5 5\""))
    }
}

@Suite struct TextEdgeCaseTests {
    @Test func controlCharactersNeitherBreakSVGNorDrawBoxes() throws {
        let fig = Figure()
        fig.axes.title = "line one\nline\u{0} two"
        try fig.axes.line([0, 1], [0, 1])
        let parser = XMLParser(data: Data(fig.svgString().utf8))
        #expect(parser.parse())
        let style = TextStyle(size: 12, color: .black)
        let plain = try FontLibrary.shared.layout("ab", style: style)
        let withControls = try FontLibrary.shared.layout("a\u{1}b", style: style)
        #expect(plain.width == withControls.width)
        _ = try fig.pngData()
    }
}
