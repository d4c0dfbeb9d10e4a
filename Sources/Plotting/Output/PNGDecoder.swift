import CPNG

/// A decoded PNG: straight-alpha RGBA bytes plus the resolution from its pHYs chunk.
public struct DecodedPNG: Sendable {
    /// Width in pixels.
    public var width: Int
    /// Height in pixels.
    public var height: Int
    /// `width * height * 4` bytes, r g b a.
    public var rgba: [UInt8]
    /// Dots per inch from the pHYs chunk, or nil when absent.
    public var dpi: Double?
}

/// Reads PNG bytes back through libpng's simplified API (used by tests and reference comparisons).
public enum PNGDecoder {
    /// Decodes `data` to RGBA.
    /// - Throws: ``PlotError/pngFailed(_:)`` with libpng's message when the data is not a valid PNG.
    public static func decode(_ data: [UInt8]) throws -> DecodedPNG {
        var image = png_image()
        image.version = png_uint_32(PNG_IMAGE_VERSION)
        let ok = data.withUnsafeBytes { png_image_begin_read_from_memory(&image, $0.baseAddress, $0.count) }
        guard ok != 0 else { throw PlotError.pngFailed(message(of: &image)) }
        image.format = png_uint_32(PNG_FORMAT_FLAG_COLOR | PNG_FORMAT_FLAG_ALPHA)  // PNG_FORMAT_RGBA
        let w = Int(image.width), h = Int(image.height)
        var out = [UInt8](repeating: 0, count: w * h * 4)
        let done = out.withUnsafeMutableBytes { png_image_finish_read(&image, nil, $0.baseAddress, png_int_32(w * 4), nil) }
        guard done != 0 else { throw PlotError.pngFailed(message(of: &image)) }
        return DecodedPNG(width: w, height: h, rgba: out, dpi: physDPI(data))
    }

    private static func message(of image: inout png_image) -> String {
        withUnsafeBytes(of: &image.message) { raw in
            String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
        }
    }

    /// The horizontal resolution stored in a pHYs chunk, in dots per inch.
    static func physDPI(_ data: [UInt8]) -> Double? {
        var i = 8
        while i + 8 <= data.count {
            let len = Int(data[i]) << 24 | Int(data[i + 1]) << 16 | Int(data[i + 2]) << 8 | Int(data[i + 3])
            let type = String(decoding: data[(i + 4)..<(i + 8)], as: UTF8.self)
            if type == "pHYs", i + 17 <= data.count, data[i + 16] == 1 {
                let ppm = Int(data[i + 8]) << 24 | Int(data[i + 9]) << 16 | Int(data[i + 10]) << 8 | Int(data[i + 11])
                return Double(ppm) * 0.0254
            }
            if type == "IDAT" { return nil }
            i += 12 + len
        }
        return nil
    }
}
