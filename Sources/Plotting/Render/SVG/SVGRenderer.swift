import Foundation

/// A ``Renderer`` that writes SVG 1.1: paths as `<path>`, text as real `<text>` elements,
/// images as embedded PNG, clips as `<clipPath>`. Output is deterministic.
public final class SVGRenderer: Renderer {
    private let width: Double
    private let height: Double
    private var body: String = ""
    private var defs: String = ""
    private var clipCount = 0
    private var openGroups: [Bool] = []

    /// Creates an SVG document of `width`×`height` user units, filled with `background`.
    public init(width: Double, height: Double, background: Color) {
        self.width = width; self.height = height
        body.reserveCapacity(1 << 16)
        if background.a > 0 {
            body += "<rect width=\"100%\" height=\"100%\"\(paint("fill", background))/>\n"
        }
    }

    // MARK: - Primitives

    /// Writes a filled `<path>`.
    public func fill(_ path: Path, color: Color, rule: FillRule) {
        let d = Self.pathData(path, closedOnly: true)
        guard !d.isEmpty, color.a > 0 else { return }
        body += "<path d=\"\(d)\"\(paint("fill", color))\(rule == .evenOdd ? " fill-rule=\"evenodd\"" : "")/>\n"
    }

    /// Writes a stroked `<path>` with the style's width, caps, joins and dashes.
    public func stroke(_ path: Path, color: Color, style: StrokeStyle) {
        let d = Self.pathData(path, closedOnly: false)
        guard !d.isEmpty, color.a > 0, style.width > 0 else { return }
        var s = "<path d=\"\(d)\" fill=\"none\"\(paint("stroke", color)) stroke-width=\"\(Self.num(style.width))\""
        if style.cap != .butt { s += " stroke-linecap=\"\(style.cap == .round ? "round" : "square")\"" }
        if style.join != .miter { s += " stroke-linejoin=\"\(style.join.rawValue)\"" } else { s += " stroke-miterlimit=\"\(Self.num(style.miterLimit))\"" }
        if !style.dash.isEmpty { s += " stroke-dasharray=\"\(style.dash.map(Self.num).joined(separator: ","))\"" }
        body += s + "/>\n"
    }

    /// Writes a `<text>` element anchored like the raster output.
    public func drawText(_ text: String, at origin: Point, style: TextStyle, alignment: TextAlignment, rotation: Double) {
        guard !text.isEmpty else { return }
        let anchor: String
        switch alignment {
        case .left: anchor = ""
        case .center: anchor = " text-anchor=\"middle\""
        case .right: anchor = " text-anchor=\"end\""
        }
        let x = Self.num(origin.x), y = Self.num(origin.y)
        let rot = rotation == 0 ? "" : " transform=\"rotate(\(Self.num(-rotation)) \(x) \(y))\""
        body += "<text x=\"\(x)\" y=\"\(y)\" font-family=\"\(style.family.cssName)\" font-size=\"\(Self.num(style.size))\""
            + (style.bold ? " font-weight=\"bold\"" : "") + paint("fill", style.color) + anchor + rot
            + " xml:space=\"preserve\">\(Self.escape(text))</text>\n"
    }

    /// Embeds `image` as a base64 PNG, drawn without smoothing.
    public func drawImage(_ image: RGBAImage, in rect: Rect) {
        guard let png = try? PNGEncoder.encode(image.pixels, width: image.width, height: image.height, alpha: true) else { return }
        let b64 = Data(png).base64EncodedString()
        body += "<image x=\"\(Self.num(rect.x))\" y=\"\(Self.num(rect.y))\" width=\"\(Self.num(rect.width))\" height=\"\(Self.num(rect.height))\" preserveAspectRatio=\"none\" style=\"image-rendering:pixelated;image-rendering:crisp-edges\" xlink:href=\"data:image/png;base64,\(b64)\"/>\n"
    }

    // MARK: - Clipping

    /// Opens a `<g>` clipped to `rect`.
    public func pushClip(_ rect: Rect) {
        clipCount += 1
        defs += "<clipPath id=\"clip\(clipCount)\"><rect x=\"\(Self.num(rect.x))\" y=\"\(Self.num(rect.y))\" width=\"\(Self.num(rect.width))\" height=\"\(Self.num(rect.height))\"/></clipPath>\n"
        body += "<g clip-path=\"url(#clip\(clipCount))\">\n"
        openGroups.append(true)
    }

    /// Closes the innermost clip group.
    public func popClip() {
        if openGroups.popLast() != nil { body += "</g>\n" }
    }

    // MARK: - Document

    /// The complete SVG document.
    public var document: String {
        var s = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        s += "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\" width=\"\(Self.num(width))\" height=\"\(Self.num(height))\" viewBox=\"0 0 \(Self.num(width)) \(Self.num(height))\">\n"
        if !defs.isEmpty { s += "<defs>\n" + defs + "</defs>\n" }
        s += body
        for _ in openGroups { s += "</g>\n" }
        return s + "</svg>\n"
    }

    // MARK: - Formatting

    private func paint(_ attr: String, _ c: Color) -> String {
        let rgb = Color(r: c.r, g: c.g, b: c.b).hex
        return c.a == 255 ? " \(attr)=\"\(rgb)\"" : " \(attr)=\"\(rgb)\" \(attr)-opacity=\"\(Self.num(Double(c.a) / 255))\""
    }

    /// A number with at most two decimals and no trailing zeros ("12.5", "-3", "0.07").
    static func num(_ v: Double) -> String {
        guard v.isFinite else { return "0" }
        let scaled = (v * 100).rounded()
        if scaled == 0 { return "0" }
        let neg = scaled < 0
        let n = Int(abs(scaled))
        var s = String(n / 100)
        let frac = n % 100
        if frac != 0 { s += frac % 10 == 0 ? "." + String(frac / 10) : (frac < 10 ? ".0" : ".") + String(frac) }
        return neg ? "-" + s : s
    }

    /// SVG path data for `path`; with `closedOnly` every subpath is closed (fills).
    static func pathData(_ path: Path, closedOnly: Bool) -> String {
        var d = ""
        for s in path.subpaths where !s.points.isEmpty {
            for (i, p) in s.points.enumerated() {
                d += (i == 0 ? "M" : "L") + num(p.x) + " " + num(p.y)
            }
            if s.closed || closedOnly { d += "Z" }
        }
        return d
    }

    /// Escapes XML special characters.
    static func escape(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r\n", "\r": out += " "
            default:
                // Other control characters are not allowed in XML 1.0.
                if ch.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) { out.append(ch) }
            }
        }
        return out
    }
}
