import CFreeType
import Foundation

/// One FreeType face with cached glyph outlines and advances, in font units.
///
/// All access goes through ``FontLibrary``'s lock, since FreeType faces are not thread-safe.
final class FontFace {
    /// A glyph outline (font units, y up) and its horizontal advance.
    struct Glyph {
        let outline: Path
        let advance: Double
    }

    let face: FT_Face
    let path: String
    let unitsPerEm: Double
    let ascender: Double
    let descender: Double
    let hasKerning: Bool
    private var glyphs: [UInt32: Glyph] = [:]
    private var indices: [UInt32: UInt32] = [:]

    init(library: FT_Library, path: String) throws {
        var f: FT_Face?
        let err = FT_New_Face(library, path, 0, &f)
        guard err == 0, let face = f else { throw PlotError.fontUnreadable(path: path, code: err) }
        self.face = face
        self.path = path
        unitsPerEm = Double(face.pointee.units_per_EM)
        ascender = Double(face.pointee.ascender)
        descender = Double(face.pointee.descender)
        hasKerning = (face.pointee.face_flags & (1 << 6)) != 0
    }

    deinit { FT_Done_Face(face) }

    /// Height of "H" above the baseline in font units (70% of the em when the glyph is missing).
    private(set) lazy var capHeight: Double = {
        let top = glyph(index(of: "H")).outline.bounds?.maxY ?? 0
        return top > 0 ? top : unitsPerEm * 0.7
    }()

    // MARK: - Glyphs

    /// The glyph index for a Unicode scalar (0, the missing glyph, when the font lacks it).
    func index(of scalar: Unicode.Scalar) -> UInt32 {
        if let i = indices[scalar.value] { return i }
        let i = UInt32(FT_Get_Char_Index(face, FT_ULong(scalar.value)))
        indices[scalar.value] = i
        return i
    }

    /// The outline and advance of glyph `index`.
    func glyph(_ index: UInt32) -> Glyph {
        if let g = glyphs[index] { return g }
        let flags = Int32(FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING | FT_LOAD_NO_BITMAP)
        var g = Glyph(outline: Path(), advance: unitsPerEm / 2)
        if FT_Load_Glyph(face, FT_UInt(index), flags) == 0, let slot = face.pointee.glyph {
            let builder = OutlineBuilder()
            var funcs = FT_Outline_Funcs(
                move_to: { to, user in OutlineBuilder.from(user)?.move(to); return 0 },
                line_to: { to, user in OutlineBuilder.from(user)?.line(to); return 0 },
                conic_to: { c, to, user in OutlineBuilder.from(user)?.conic(c, to); return 0 },
                cubic_to: { c1, c2, to, user in OutlineBuilder.from(user)?.cubic(c1, c2, to); return 0 },
                shift: 0, delta: 0)
            var outline = slot.pointee.outline
            let unmanaged = Unmanaged.passRetained(builder)
            _ = FT_Outline_Decompose(&outline, &funcs, unmanaged.toOpaque())
            unmanaged.release()
            builder.path.close()
            g = Glyph(outline: builder.path, advance: Double(slot.pointee.advance.x))
        }
        glyphs[index] = g
        return g
    }

    /// Kerning between two glyphs in font units (0 when the font has no kerning table).
    func kerning(_ left: UInt32, _ right: UInt32) -> Double {
        guard hasKerning, left != 0, right != 0 else { return 0 }
        var v = FT_Vector()
        guard FT_Get_Kerning(face, FT_UInt(left), FT_UInt(right), FT_UInt(FT_KERNING_UNSCALED.rawValue), &v) == 0 else { return 0 }
        return Double(v.x)
    }
}

/// Collects FreeType's outline callbacks into a ``Path``.
private final class OutlineBuilder {
    var path = Path()

    static func from(_ user: UnsafeMutableRawPointer?) -> OutlineBuilder? {
        user.map { Unmanaged<OutlineBuilder>.fromOpaque($0).takeUnretainedValue() }
    }

    private func pt(_ v: UnsafePointer<FT_Vector>?) -> Point {
        guard let v else { return Point(0, 0) }
        return Point(Double(v.pointee.x), Double(v.pointee.y))
    }

    func move(_ to: UnsafePointer<FT_Vector>?) { path.close(); path.move(to: pt(to)) }
    func line(_ to: UnsafePointer<FT_Vector>?) { path.line(to: pt(to)) }
    func conic(_ c: UnsafePointer<FT_Vector>?, _ to: UnsafePointer<FT_Vector>?) { path.quadCurve(to: pt(to), control: pt(c), segments: 6) }
    func cubic(_ c1: UnsafePointer<FT_Vector>?, _ c2: UnsafePointer<FT_Vector>?, _ to: UnsafePointer<FT_Vector>?) {
        path.curve(to: pt(to), control1: pt(c1), control2: pt(c2), segments: 8)
    }
}
