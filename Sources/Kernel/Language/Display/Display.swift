import Foundation
import Protocol

/// Values that offer rich representations beyond text/plain.
///
/// Library bindings implement it (or register `Bindings.display(_:_:)`) to show
/// tables as HTML, figures as PNG/SVG, reports as Markdown or data as JSON.
public protocol RichDisplayable {
    /// Representations keyed by MIME type (`text/html`, `image/png` as base64, `image/svg+xml`, `text/markdown`, `application/json`).
    func mimeBundle() -> MimeBundle
}

/// Builds the MIME bundle that shows a value in a notebook.
enum Display {
    /// Longest collection shown in full; longer ones are elided in the middle.
    static let fullLimit = 100
    /// Elements kept at each end of an elided collection.
    static let edge = 10

    /// The bundle for a value: text/plain always, richer types when the value offers them.
    static func bundle(for v: Value, bindings: Bindings) -> MimeBundle {
        if case .native(let n) = v {
            var b = n.type.display?(n.object) ?? (n.object as? RichDisplayable)?.mimeBundle() ?? MimeBundle()
            if b.plainText == nil { b.set("text/plain", .string(plainText(v))) }
            return b
        }
        var b = MimeBundle(plainText: plainText(v))
        if case .dictionary(let d) = v, d.count > 0, d.count <= 1000 {
            b.set("text/html", .string(htmlTable(d)))
        }
        return b
    }

    /// text/plain as the notebook shows it: like Swift's debug description,
    /// with long collections elided in the middle (like NumPy).
    static func plainText(_ v: Value) -> String {
        switch v {
        case .string: return debugDescribe(v)
        case .array(let a) where a.count > fullLimit:
            let head = a.prefix(edge).map { elided($0) }, tail = a.suffix(edge).map { elided($0) }
            return "[" + head.joined(separator: ", ") + ", …, " + tail.joined(separator: ", ") + "] (\(a.count) elements)"
        case .array(let a):
            return "[" + a.map { elided($0) }.joined(separator: ", ") + "]"
        case .dictionary(let d) where d.count > fullLimit:
            let pairs = zip(d.keys, d.values).map { "\(elided($0)): \(elided($1))" }
            return "[" + pairs.prefix(edge).joined(separator: ", ") + ", …, " + pairs.suffix(edge).joined(separator: ", ") + "] (\(d.count) entries)"
        case .set(let s) where s.count > fullLimit:
            let xs = s.elements
            return "Set([" + xs.prefix(edge).map { elided($0) }.joined(separator: ", ") + ", …, "
                + xs.suffix(edge).map { elided($0) }.joined(separator: ", ") + "]) (\(xs.count) elements)"
        case .structValue, .enumValue:
            // As `print` shows it: Swift names the module only inside collections and optionals.
            return debugDescribe(v, top: true)
        default:
            return debugDescribe(v)
        }
    }

    /// Nested elements are elided too.
    private static func elided(_ v: Value) -> String {
        switch v {
        case .array(let a) where a.count > fullLimit: return plainText(v)
        case .array: return plainText(v)
        default: return debugDescribe(v)
        }
    }

    /// A two-column HTML table of a dictionary.
    static func htmlTable(_ d: OrderedDictionary) -> String {
        var rows = ""
        for (k, v) in zip(d.keys, d.values) {
            rows += "<tr><td>\(escape(describe(k)))</td><td>\(escape(describe(v)))</td></tr>"
        }
        return "<table><thead><tr><th>key</th><th>value</th></tr></thead><tbody>\(rows)</tbody></table>"
    }

    /// Escapes text for HTML.
    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
