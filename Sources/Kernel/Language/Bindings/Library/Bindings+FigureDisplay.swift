import Foundation
import Plotting
import Protocol

// MARK: - Display of figures in notebooks

extension Bindings {
    func registerFigureDisplay() {
        display(Figure.self) { f in FigureDisplay.bundle(f) }
    }
}

/// The notebook representation of a figure.
enum FigureDisplay {
    /// image/png (base64) and image/svg+xml with the figure's size as metadata, and a short text/plain.
    /// When the PNG cannot be rendered (e.g. fonts missing) the SVG is still shown and text/plain says why.
    static func bundle(_ f: Figure) -> MimeBundle {
        var b = MimeBundle()
        let size: JSONValue = .object(JSONObject([("width", .number(JSONNumber(Int(f.width.rounded())))),
                                                  ("height", .number(JSONNumber(Int(f.height.rounded()))))]))
        var text = f.description
        do {
            let png = try f.pngData(dpi: 100)
            b.set("image/png", .string(Data(png).base64EncodedString()), metadata: size)
        } catch {
            text += " (PNG unavailable: \(error))"
        }
        b.set("image/svg+xml", .string(f.svgString()), metadata: size)
        b.set("text/plain", .string(text))
        return b
    }
}
