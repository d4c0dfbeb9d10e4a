/// NumPy broadcasting rules: shapes align on the right; a dimension of size 1
/// stretches to match the other.
enum Broadcast {
    /// The broadcast shape of two shapes.
    /// - Throws: ``TensorError/shapeMismatch(op:lhs:rhs:expected:)`` naming both shapes.
    static func shape(_ a: [Int], _ b: [Int], op: String) throws -> [Int] {
        if a == b { return a }
        let r = Swift.max(a.count, b.count)
        var out = [Int](repeating: 1, count: r)
        for i in 0..<r {
            let da = i < r - a.count ? 1 : a[i - (r - a.count)]
            let db = i < r - b.count ? 1 : b[i - (r - b.count)]
            if da == db || db == 1 { out[i] = da } else if da == 1 { out[i] = db } else {
                throw TensorError.shapeMismatch(
                    op: op, lhs: a, rhs: b,
                    expected: "dimension \(i) (from the right: \(r - i)) has sizes \(da) and \(db); they must be equal or one of them 1")
            }
        }
        return out
    }

    /// Element strides of `shape` read as `outShape` (0 along broadcast dimensions).
    static func strides(of shape: [Int], in outShape: [Int]) -> [Int] {
        let r = outShape.count
        var strides = [Int](repeating: 0, count: r)
        var s = 1
        for i in stride(from: shape.count - 1, through: 0, by: -1) {
            let oi = i + (r - shape.count)
            strides[oi] = shape[i] == 1 && outShape[oi] != 1 ? 0 : s
            s *= shape[i]
        }
        return strides
    }

    /// Whether `shape`, without leading 1s, equals the trailing dimensions of `outShape`.
    static func isTrailing(_ shape: [Int], of outShape: [Int]) -> Bool {
        let core = shape.drop(while: { $0 == 1 })
        return core.count <= outShape.count && Array(outShape.suffix(core.count)) == Array(core)
    }

    /// Applies `f` elementwise over two broadcast operands.
    @inline(__always)
    static func apply<T>(_ a: [T], _ aShape: [Int], _ b: [T], _ bShape: [Int], _ outShape: [Int],
                         _ f: (T, T) -> T) -> [T] {
        let n = outShape.reduce(1, *)
        return a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                makeArray(n) { (po: UnsafeMutableBufferPointer<T>) in
                    if aShape == bShape {
                        for i in 0..<n { po[i] = f(pa[i], pb[i]) }
                    } else if pb.count == 1 && pa.count == n {
                        let y = pb[0]
                        for i in 0..<n { po[i] = f(pa[i], y) }
                    } else if pa.count == 1 && pb.count == n {
                        let x = pa[0]
                        for i in 0..<n { po[i] = f(x, pb[i]) }
                    } else if pa.count == n, pb.count > 0, isTrailing(bShape, of: outShape) {
                        let k = pb.count  // b repeats along the leading dimensions (a bias row)
                        for r in 0..<(n / k) {
                            let base = r * k
                            for j in 0..<k { po[base + j] = f(pa[base + j], pb[j]) }
                        }
                    } else if pb.count == n, pa.count > 0, isTrailing(aShape, of: outShape) {
                        let k = pa.count
                        for r in 0..<(n / k) {
                            let base = r * k
                            for j in 0..<k { po[base + j] = f(pa[j], pb[base + j]) }
                        }
                    } else {
                        general(pa, aShape, pb, bShape, outShape, po, f)
                    }
                }
            }
        }
    }

    @inline(__always)
    private static func general<T>(_ pa: UnsafeBufferPointer<T>, _ aShape: [Int], _ pb: UnsafeBufferPointer<T>,
                                   _ bShape: [Int], _ outShape: [Int], _ po: UnsafeMutableBufferPointer<T>,
                                   _ f: (T, T) -> T) {
        let r = outShape.count
        let sa = strides(of: aShape, in: outShape)
        let sb = strides(of: bShape, in: outShape)
        let inner = outShape[r - 1]
        let ia = sa[r - 1], ib = sb[r - 1]
        let outer = inner == 0 ? 0 : po.count / inner
        var counter = [Int](repeating: 0, count: r)
        var offA = 0, offB = 0, o = 0
        for _ in 0..<outer {
            var xa = offA, xb = offB
            for _ in 0..<inner {
                po[o] = f(pa[xa], pb[xb])
                o += 1; xa += ia; xb += ib
            }
            // advance the odometer over dimensions 0..<r-1
            var d = r - 2
            while d >= 0 {
                counter[d] += 1
                offA += sa[d]; offB += sb[d]
                if counter[d] < outShape[d] { break }
                offA -= sa[d] * outShape[d]; offB -= sb[d] * outShape[d]
                counter[d] = 0
                d -= 1
            }
        }
    }
}
