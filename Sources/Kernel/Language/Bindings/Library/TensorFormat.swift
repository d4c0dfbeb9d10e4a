import Foundation
import Lib

/// Formats tensors as notebooks show them: like NumPy's repr, nested brackets with aligned
/// columns, and axes longer than 6 elided to their first and last 3 entries once the tensor
/// has more than 1000 elements.
enum TensorFormat {
    /// Element count above which long axes are elided (NumPy's `threshold`).
    static let threshold = 1000
    /// Entries kept at each end of an elided axis (NumPy's `edgeitems`).
    static let edgeItems = 3

    /// `Tensor(shape: [2, 3], float32)` followed by the elements on the next lines.
    static func text(_ t: Tensor) -> String {
        let grad = t.requiresGrad ? ", requiresGrad" : ""
        let kind = t is Parameter ? "Parameter" : "Tensor"
        let name = (t as? Parameter).map { $0.name.isEmpty ? "" : ", name: \"\($0.name)\"" } ?? ""
        return "\(kind)(shape: \(t.shape), \(t.dtype)\(grad)\(name))\n" + body(t)
    }

    /// The nested-bracket element listing alone.
    static func body(_ t: Tensor) -> String {
        let values = t.doubles
        let elide = values.count > threshold
        let shape = t.shape
        if shape.isEmpty { return values.first.map { formatter(for: [$0])($0) } ?? "" }
        if values.isEmpty { return String(repeating: "[", count: shape.count) + String(repeating: "]", count: shape.count) }
        var strides = [Int](repeating: 1, count: shape.count)
        for i in stride(from: shape.count - 2, through: 0, by: -1) { strides[i] = strides[i + 1] * shape[i + 1] }
        // Format only the entries that are shown, so widths come from what the reader sees.
        var shown: [Double] = []
        collect(values, shape, strides, axis: 0, offset: 0, elide: elide, into: &shown)
        let fmt = formatter(for: shown)
        let width = shown.map { fmt($0).count }.max() ?? 1
        return render(values, shape, strides, axis: 0, offset: 0, elide: elide, width: width, fmt: fmt)
    }

    private static func indices(_ n: Int, elide: Bool) -> [Int?] {
        if elide && n > 2 * edgeItems {
            return (0..<edgeItems).map { Optional($0) } + [nil] + ((n - edgeItems)..<n).map { Optional($0) }
        }
        return (0..<n).map { Optional($0) }
    }

    private static func collect(_ v: [Double], _ shape: [Int], _ strides: [Int], axis: Int, offset: Int, elide: Bool, into out: inout [Double]) {
        for i in indices(shape[axis], elide: elide).compactMap({ $0 }) {
            let o = offset + i * strides[axis]
            if axis == shape.count - 1 { out.append(v[o]) } else { collect(v, shape, strides, axis: axis + 1, offset: o, elide: elide, into: &out) }
        }
    }

    private static func render(_ v: [Double], _ shape: [Int], _ strides: [Int], axis: Int, offset: Int, elide: Bool,
                               width: Int, fmt: (Double) -> String) -> String {
        let idx = indices(shape[axis], elide: elide)
        if axis == shape.count - 1 {
            let items = idx.map { i -> String in
                guard let i else { return "…" }
                let s = fmt(v[offset + i * strides[axis]])
                return String(repeating: " ", count: max(0, width - s.count)) + s
            }
            return "[" + items.joined(separator: ", ") + "]"
        }
        let remaining = shape.count - axis
        let separator = "," + String(repeating: "\n", count: remaining - 1) + String(repeating: " ", count: axis + 1)
        let parts = idx.map { i -> String in
            guard let i else { return "…" }
            return render(v, shape, strides, axis: axis + 1, offset: offset + i * strides[axis], elide: elide, width: width, fmt: fmt)
        }
        return "[" + parts.joined(separator: separator) + "]"
    }

    /// Whole numbers print without decimals; others with 4 decimals, or in scientific notation
    /// when magnitudes are very large or very small.
    static func formatter(for xs: [Double]) -> (Double) -> String {
        let finite = xs.filter { $0.isFinite }
        if finite.allSatisfy({ $0 == $0.rounded() && Swift.abs($0) < 1e15 }) {
            return { x in x.isFinite ? String(Int(x)) : special(x) }
        }
        let nonZero = finite.map { Swift.abs($0) }.filter { $0 > 0 }
        let big = nonZero.max() ?? 0, small = nonZero.min() ?? 1
        if big >= 1e8 || small < 1e-4 {
            return { x in x.isFinite ? String(format: "%.4e", x) : special(x) }
        }
        return { x in x.isFinite ? String(format: "%.4f", x) : special(x) }
    }

    private static func special(_ x: Double) -> String { x.isNaN ? "nan" : (x > 0 ? "inf" : "-inf") }
}
