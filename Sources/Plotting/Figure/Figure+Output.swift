import Foundation

// MARK: - Rendering and output

extension Figure {
    /// Draws the whole figure onto `renderer`, whose device pixels are `dpi / 100` figure pixels.
    public func draw(on renderer: Renderer, dpi: Double, deviceWidth: Double, deviceHeight: Double) {
        let ctx = DrawContext(pt: dpi / 72, theme: theme)
        let layout = FigureLayout.make(self, width: deviceWidth, height: deviceHeight, ctx: ctx)
        if let t = title, !t.isEmpty {
            renderer.drawText(t, at: Point(deviceWidth / 2, layout.titleBaseline), style: ctx.text(theme.titleSize * 1.15, bold: true),
                              alignment: .center, rotation: 0)
        }
        for (ax, l) in zip(grid, layout.axes) { ax.draw(l, on: renderer, ctx: ctx) }
    }

    /// The figure as PNG bytes: 8-bit RGB (RGBA when ``transparent``), a pHYs chunk for `dpi`, no timestamps.
    /// - Parameter dpi: resolution; nil uses ``dpi`` (100 gives `width`×`height` pixels).
    /// - Throws: ``PlotError/fontNotFound(file:searched:)`` when DejaVu fonts are missing,
    ///   ``PlotError/invalidImageSize(width:height:)`` when the size at this dpi exceeds 40 megapixels.
    public func pngData(dpi: Double? = nil) throws -> [UInt8] {
        let d = dpi ?? self.dpi
        guard d.isFinite, d > 0, d <= 2400 else { throw PlotError.invalidArgument("dpi must be in (0, 2400], got \(d)") }
        let w = Int((width * d / 100).rounded()), h = Int((height * d / 100).rounded())
        guard w >= 1, h >= 1, w <= 65535, h <= 65535, w * h <= 40_000_000 else { throw PlotError.invalidImageSize(width: w, height: h) }
        // Fail with a clear message instead of drawing a figure without text.
        _ = try FontLibrary.shared.layout("0", style: TextStyle(family: theme.fontFamily, size: 10, color: .black))
        let r = RasterRenderer(width: w, height: h, background: transparent ? .clear : theme.background)
        draw(on: r, dpi: d, deviceWidth: Double(w), deviceHeight: Double(h))
        return try r.pngData(alpha: transparent || theme.background.a < 255, dpi: d)
    }

    /// The figure as an SVG document with vector paths and real text (user units are pixels at 100 dpi).
    public func svgString() -> String {
        let r = SVGRenderer(width: width, height: height, background: transparent ? .clear : theme.background)
        draw(on: r, dpi: 100, deviceWidth: width, deviceHeight: height)
        return r.document
    }

    /// Writes the figure to `path`, as PNG or SVG according to its extension.
    /// - Throws: ``PlotError/unsupportedFormat(path:)`` for other extensions, ``PlotError/writeFailed(path:reason:)``
    ///   when the file cannot be written, and the errors of ``pngData(dpi:)``.
    public func save(_ path: String, dpi: Double? = nil) throws {
        let ext = (path as NSString).pathExtension.lowercased()
        let bytes: [UInt8]
        switch ext {
        case "png": bytes = try pngData(dpi: dpi)
        case "svg": bytes = Array(svgString().utf8)
        default: throw PlotError.unsupportedFormat(path: path)
        }
        do { try Data(bytes).write(to: URL(fileURLWithPath: path)) } catch {
            throw PlotError.writeFailed(path: path, reason: error.localizedDescription)
        }
    }
}
