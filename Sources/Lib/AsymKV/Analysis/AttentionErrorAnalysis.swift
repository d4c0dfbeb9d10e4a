import Foundation
import Lib

/// Attention-output error of one layer and head when keys alone, values alone, or both are
/// quantised (the paper's Fig. 1–2), averaged over the query positions of the analysed windows.
/// Errors are relative Frobenius norms ‖x − x*‖ / ‖x‖.
public struct HeadError: Sendable, Codable {
    /// Layer and head.
    public var layer: Int, head: Int
    /// Keys quantised alone: error of K, of the logits q Kᵀ/√h, of A = softmax, of the output A V.
    public var keyInput: Double, keyLogits: Double, keyWeights: Double, keyOutput: Double
    /// Values quantised alone: error of V and of the output A V*.
    public var valueInput: Double, valueOutput: Double
    /// Both quantised: ‖(A − A*) V‖, ‖A* E_v‖ and the total ‖o − o*‖, each relative to ‖o‖.
    public var attentionTerm: Double, valueTerm: Double, total: Double
}

/// The per-layer, per-head error analysis on a real model (see ``HeadError``).
public enum AttentionErrorAnalysis {
    /// Captured float queries, keys and values of one window: [layer] → [tokens, channels].
    public struct Capture {
        /// Queries, keys and values per layer.
        public var queries: [[Float]], keys: [[Float]], values: [[Float]]
        /// Tokens in the window.
        public var tokens: Int
    }

    /// Runs the float model over `tokens` and returns every layer's q, k, v.
    public static func capture(model: TransformerLM, tokens: [Int]) throws -> Capture {
        let layers = model.config.layers
        let decoder = try LMDecoder(model: model, cache: .float(layers: layers), batch: 1)
        var queries = [[Float]](repeating: [], count: layers)
        decoder.queryObserver = { l, q in queries[l] += q }
        for t in tokens { _ = try decoder.stepFlat([t]) }
        return Capture(queries: queries, keys: decoder.caches[0].map { $0.dequantizedKeys() },
                       values: decoder.caches[0].map { $0.dequantizedValues() }, tokens: tokens.count)
    }

    /// Errors for every layer and head at `bits` for keys and values (group size G, all tokens
    /// quantised), over query positions ≥ `firstQuery` of each window.
    /// - Throws: ``AsymKVError`` for an unsupported width or windows longer than the context.
    public static func analyze(model: TransformerLM, windows: [[Int]], bits: Int, groupSize: Int = 32,
                               firstQuery: Int = 16) throws -> [HeadError] {
        let cfg = model.config, hd = cfg.headDimension, c = cfg.dimension
        var sums = [[[Double]]](repeating: [[Double]](repeating: [Double](repeating: 0, count: 9), count: cfg.heads), count: cfg.layers)
        var counts = 0
        for (wi, window) in windows.enumerated() {
            try Interruption.check()
            Progress.report(label: "error analysis", step: wi + 1, total: windows.count)
            let cap = try capture(model: model, tokens: window)
            let n = cap.tokens
            guard n > firstQuery else { continue }
            for l in 0..<cfg.layers {
                let k = cap.keys[l], v = cap.values[l], q = cap.queries[l]
                let kq = try FakeQuantization.keys(k, tokens: n, channels: c, bits: bits, groupSize: groupSize)
                let vq = try FakeQuantization.values(v, tokens: n, heads: cfg.heads, headDimension: hd, bits: bits, groupSize: groupSize)
                for h in 0..<cfg.heads {
                    for t in firstQuery..<n {
                        let m = t + 1   // causal: keys 0...t
                        let s = logits(q, k, t: t, m: m, h: h, hd: hd, c: c), sq = logits(q, kq, t: t, m: m, h: h, hd: hd, c: c)
                        let a = softmax(s), aq = softmax(sq)
                        let o = output(a, v, h: h, hd: hd, c: c), ok = output(aq, v, h: h, hd: hd, c: c)
                        let ov = output(a, vq, h: h, hd: hd, c: c), oboth = output(aq, vq, h: h, hd: hd, c: c)
                        let on = norm(o)
                        // (A − A*) V and A* (V − V*)
                        let attTerm = zip(o, ok).map { $0 - $1 }, valTerm = zip(ok, oboth).map { $0 - $1 }
                        let kIn = relative(head(k, m: m, h: h, hd: hd, c: c), head(kq, m: m, h: h, hd: hd, c: c))
                        let vIn = relative(head(v, m: m, h: h, hd: hd, c: c), head(vq, m: m, h: h, hd: hd, c: c))
                        let row = [kIn, relative(s, sq), relative(a, aq), relative(o, ok), vIn, relative(o, ov),
                                   norm(attTerm) / on, norm(valTerm) / on, relative(o, oboth)]
                        for i in 0..<9 { sums[l][h][i] += row[i] }
                    }
                }
            }
            counts += n - firstQuery
        }
        guard counts > 0 else { throw AsymKVError.invalidArgument("windows must be longer than firstQuery \(firstQuery)") }
        var out: [HeadError] = []
        for l in 0..<cfg.layers {
            for h in 0..<cfg.heads {
                let r = sums[l][h].map { $0 / Double(counts) }
                out.append(HeadError(layer: l, head: h, keyInput: r[0], keyLogits: r[1], keyWeights: r[2], keyOutput: r[3],
                                     valueInput: r[4], valueOutput: r[5], attentionTerm: r[6], valueTerm: r[7], total: r[8]))
            }
        }
        return out
    }

    // MARK: - Small dense helpers (one head, causal prefix of m tokens)

    static func logits(_ q: [Float], _ k: [Float], t: Int, m: Int, h: Int, hd: Int, c: Int) -> [Double] {
        let scale = 1 / Double(hd).squareRoot()
        return (0..<m).map { j in
            var s = 0.0
            for i in 0..<hd { s += Double(q[t * c + h * hd + i]) * Double(k[j * c + h * hd + i]) }
            return s * scale
        }
    }

    static func softmax(_ s: [Double]) -> [Double] {
        let mx = s.max() ?? 0
        let e = s.map { Foundation.exp($0 - mx) }
        let z = e.reduce(0, +)
        return e.map { $0 / z }
    }

    static func output(_ a: [Double], _ v: [Float], h: Int, hd: Int, c: Int) -> [Double] {
        var o = [Double](repeating: 0, count: hd)
        for (j, w) in a.enumerated() { for i in 0..<hd { o[i] += w * Double(v[j * c + h * hd + i]) } }
        return o
    }

    static func head(_ x: [Float], m: Int, h: Int, hd: Int, c: Int) -> [Double] {
        (0..<m).flatMap { j in (0..<hd).map { Double(x[j * c + h * hd + $0]) } }
    }

    static func norm(_ x: [Double]) -> Double { x.reduce(0) { $0 + $1 * $1 }.squareRoot() }

    static func relative(_ x: [Double], _ y: [Double]) -> Double {
        norm(zip(x, y).map { $0 - $1 }) / max(norm(x), 1e-30)
    }
}

extension HeadError: CustomStringConvertible {
    /// "layer l head h: keys alone e_k, values alone e_v (relative output error)".
    public var description: String {
        "layer \(layer) head \(head): output error keys alone \(String(format: "%.4f", keyOutput)), values alone \(String(format: "%.4f", valueOutput))"
    }
}
