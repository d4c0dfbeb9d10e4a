import Lib

/// A snapshot of a ``TransformerLM``'s weights as plain float arrays, for incremental decoding.
struct InferenceWeights {
    struct Layer {
        var norm1: ([Float], [Float]), qkv: ([Float], [Float]), proj: ([Float], [Float])
        var norm2: ([Float], [Float]), up: ([Float], [Float]), down: ([Float], [Float])
    }
    var token: [Float], position: [Float]
    var layers: [Layer]
    var finalNorm: ([Float], [Float]), head: ([Float], [Float])

    init(_ m: TransformerLM) {
        func f(_ t: Tensor) -> [Float] { t.toFloat32().scalars }
        func lin(_ l: Linear) -> ([Float], [Float]) {
            (f(l.weight), l.bias.map(f) ?? [Float](repeating: 0, count: l.weight.shape[1]))
        }
        token = f(m.tokenEmbedding)
        position = f(m.positionEmbedding)
        layers = m.blocks.map { b in
            Layer(norm1: (f(b.norm1.weight), f(b.norm1.bias)), qkv: lin(b.qkv), proj: lin(b.proj),
                  norm2: (f(b.norm2.weight), f(b.norm2.bias)), up: lin(b.up), down: lin(b.down))
        }
        finalNorm = (f(m.finalNorm.weight), f(m.finalNorm.bias))
        head = lin(m.head)
    }
}

/// Row-wise helpers on [rows, columns] float buffers.
enum Rows {
    /// y = x·W + b for x [rows, k], W [k, n].
    static func linear(_ x: [Float], rows: Int, _ w: ([Float], [Float])) -> [Float] {
        let n = w.1.count, k = w.0.count / max(n, 1)
        var y = [Float](repeating: 0, count: rows * n)
        for r in 0..<rows { for j in 0..<n { y[r * n + j] = w.1[j] } }
        x.withUnsafeBufferPointer { xp in
            w.0.withUnsafeBufferPointer { wp in
                y.withUnsafeMutableBufferPointer { yp in
                    Float.gemm(transA: false, transB: false, m: rows, n: n, k: k, alpha: 1, a: xp.baseAddress!, lda: k,
                               b: wp.baseAddress!, ldb: n, beta: 1, c: yp.baseAddress!, ldc: n)
                }
            }
        }
        return y
    }

    /// Layer norm of each row (ε = 1e-5, as ``LayerNorm``).
    static func layerNorm(_ x: [Float], rows: Int, _ p: ([Float], [Float])) -> [Float] {
        let d = p.0.count
        var y = x
        for r in 0..<rows {
            var mean: Float = 0
            for i in 0..<d { mean += x[r * d + i] }
            mean /= Float(d)
            var v: Float = 0
            for i in 0..<d { let c = x[r * d + i] - mean; v += c * c }
            let inv = 1 / (v / Float(d) + 1e-5).squareRoot()
            for i in 0..<d { y[r * d + i] = (x[r * d + i] - mean) * inv * p.0[i] + p.1[i] }
        }
        return y
    }
}
