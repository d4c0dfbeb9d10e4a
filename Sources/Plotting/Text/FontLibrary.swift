import CFreeType
import Foundation

/// A laid-out line of text: glyph indices with pen positions, in device pixels.
struct TextRun {
    /// Glyph index and the x offset of its origin from the start of the run.
    var glyphs: [(index: UInt32, x: Double)]
    /// Advance width of the whole run.
    var width: Double
    /// Distance from the baseline up to the font's ascender.
    var ascent: Double
    /// Distance from the baseline down to the font's descender (positive).
    var descent: Double
    /// Height of capital letters and digits above the baseline (for centring labels on ticks).
    var capHeight: Double
}

/// Finds DejaVu fonts at run time, opens them once through FreeType, and lays out text.
///
/// Thread-safe: every FreeType call is made under one lock.
final class FontLibrary {
    /// The process-wide library.
    static let shared = FontLibrary()

    private let lock = NSLock()
    private var library: FT_Library?
    private var faces: [String: FontFace] = [:]

    private init() {
        var lib: FT_Library?
        if FT_Init_FreeType(&lib) == 0 { library = lib }
    }

    // MARK: - Locating fonts

    /// Folders searched for font files, in order (`PLOTTING_FONT_DIR` first when set).
    static var searchDirectories: [String] {
        var dirs: [String] = []
        if let env = ProcessInfo.processInfo.environment["PLOTTING_FONT_DIR"], !env.isEmpty { dirs.append(env) }
        dirs += ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF",
                 "/usr/local/share/fonts", "/usr/local/share/fonts/dejavu", "/opt/homebrew/share/fonts"]
        return dirs
    }

    /// The DejaVu file name for a family and weight.
    static func fileName(family: FontFamily, bold: Bool) -> String {
        switch family {
        case .sans: return bold ? "DejaVuSans-Bold.ttf" : "DejaVuSans.ttf"
        case .serif: return bold ? "DejaVuSerif-Bold.ttf" : "DejaVuSerif.ttf"
        case .mono: return bold ? "DejaVuSansMono-Bold.ttf" : "DejaVuSansMono.ttf"
        }
    }

    /// The face for `family`/`bold`; call with the lock held.
    private func face(family: FontFamily, bold: Bool) throws -> FontFace {
        let name = Self.fileName(family: family, bold: bold)
        if let f = faces[name] { return f }
        guard let library else { throw PlotError.fontUnreadable(path: name, code: -1) }
        let dirs = Self.searchDirectories
        guard let path = dirs.map({ $0 + "/" + name }).first(where: { FileManager.default.fileExists(atPath: $0) }) else {
            throw PlotError.fontNotFound(file: name, searched: dirs)
        }
        let f = try FontFace(library: library, path: path)
        faces[name] = f
        return f
    }

    // MARK: - Layout

    /// Lays out `text` on one line with kerning.
    /// - Throws: ``PlotError/fontNotFound(file:searched:)`` when the font is missing.
    func layout(_ text: String, style: TextStyle) throws -> TextRun {
        lock.lock(); defer { lock.unlock() }
        let f = try face(family: style.family, bold: style.bold)
        let k = style.size / f.unitsPerEm
        var glyphs: [(index: UInt32, x: Double)] = []
        var pen = 0.0
        var previous: UInt32 = 0
        for scalar in text.unicodeScalars where scalar.value >= 0x20 && scalar.value != 0x7F {
            let gi = f.index(of: scalar)
            pen += f.kerning(previous, gi) * k
            glyphs.append((gi, pen))
            pen += f.glyph(gi).advance * k
            previous = gi
        }
        return TextRun(glyphs: glyphs, width: pen, ascent: f.ascender * k, descent: -f.descender * k,
                       capHeight: f.capHeight * k)
    }

    /// The outline of a laid-out run in local pixels: x to the right from the run's start, y up from the baseline.
    func outline(of run: TextRun, style: TextStyle) throws -> Path {
        lock.lock(); defer { lock.unlock() }
        let f = try face(family: style.family, bold: style.bold)
        let k = style.size / f.unitsPerEm
        var path = Path()
        for (gi, x) in run.glyphs {
            let g = f.glyph(gi)
            for s in g.outline.subpaths {
                path.subpaths.append(.init(points: s.points.map { Point(x + $0.x * k, $0.y * k) }, closed: true))
            }
        }
        return path
    }

    /// Whether the face for `family` can be opened (used to decide between measured and estimated text).
    func isAvailable(family: FontFamily, bold: Bool) -> Bool {
        lock.lock(); defer { lock.unlock() }
        return (try? face(family: family, bold: bold)) != nil
    }
}
