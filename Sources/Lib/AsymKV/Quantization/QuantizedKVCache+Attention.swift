import Foundation
import Lib

extension QuantizedKVCache {
    /// softmax(q Kᵀ / √h) V for every head, read from the packed cache: one query of `channels`
    /// floats (heads concatenated) → `channels` floats.
    /// - Throws: ``AsymKVError`` for a query of the wrong size or an empty cache.
    public func attend(query: [Float]) throws -> [Float] {
        guard query.count == channels else {
            throw AsymKVError.invalidArgument("query needs \(channels) entries (heads × headDimension), got \(query.count)")
        }
        guard count > 0 else { throw AsymKVError.invalidArgument("attention over an empty cache; append a token first") }
        var out = [Float](repeating: 0, count: channels)
        query.withUnsafeBufferPointer { q in out.withUnsafeMutableBufferPointer { attendUnchecked(query: q.baseAddress!, output: $0.baseAddress!) } }
        return out
    }

    /// The attention weights A (softmax of the scaled logits) of one head for `query`, from the packed cache.
    public func attentionWeights(query: [Float], head: Int) throws -> [Float] {
        guard query.count == channels, (0..<heads).contains(head), count > 0 else {
            throw AsymKVError.invalidArgument("attentionWeights needs a query of \(channels) entries, a head in 0..<\(heads) and a non-empty cache")
        }
        _ = try attend(query: query)   // fills the score scratch head by head; recompute for `head`
        var q = query
        q.withUnsafeMutableBufferPointer { qp in computeScores(head: head, query: qp.baseAddress!) }
        return Array(scoreScratch[0..<count])
    }

    /// Attention without checks (`query`, `output`: `channels` floats; cache non-empty).
    func attendUnchecked(query: UnsafePointer<Float>, output: UnsafeMutablePointer<Float>) {
        let n = count
        if scoreScratch.count < n + 32 { scoreScratch = [Float](repeating: 0, count: max(2 * n, 256) + 32) }
        for h in 0..<heads {
            computeScores(head: h, query: query)
            computeValues(head: h, output: output + h * headDimension)
        }
    }

    /// Softmax weights of head `h` into scoreScratch[0..<count].
    func computeScores(head h: Int, query: UnsafePointer<Float>) {
        let n = count, hd = headDimension, c = channels, g = groupSize
        if scoreScratch.count < n + 32 { scoreScratch = [Float](repeating: 0, count: max(2 * n, 256) + 32) }
        let scale = 1 / Float(hd).squareRoot()
        if queryScratch.count < hd { queryScratch = [Float](repeating: 0, count: hd) }
        for i in 0..<hd { queryScratch[i] = query[h * hd + i] * scale }
        let nqk = quantizedKeyCount, nrk = n - nqk
        let wpg = wordsPerKeyGroup
        let padded = keyBits.map { wpg * (32 / $0) } ?? 0
        if blockScratch.count < padded { blockScratch = [Float](repeating: 0, count: padded) }
        scoreScratch.withUnsafeMutableBufferPointer { sp in
            let scores = sp.baseAddress!
            queryScratch.withUnsafeBufferPointer { qp in
                let qh = qp.baseAddress!
                if let kb = keyBits, nqk > 0 {
                    keyWords.withUnsafeBufferPointer { kw in
                        keyScales.withUnsafeBufferPointer { ks in
                            keyZeros.withUnsafeBufferPointer { kz in
                                blockScratch.withUnsafeMutableBufferPointer { bp in
                                    let acc = bp.baseAddress!
                                    for block in 0..<(nqk / g) {
                                        var constant: Float = 0
                                        for t in 0..<padded { acc[t] = 0 }
                                        let sBase = block * c + h * hd
                                        for i in 0..<hd {
                                            let si = sBase + i
                                            constant += qh[i] * kz[si]
                                            PackedKernels.accumulate(kw.baseAddress! + si * wpg, wordCount: wpg, bits: kb,
                                                                     weight: qh[i] * ks[si], into: acc)
                                        }
                                        let dst = scores + block * g
                                        for t in 0..<g { dst[t] = acc[t] + constant }
                                    }
                                }
                            }
                        }
                    }
                }
                if nrk > 0 {
                    keyResidual.withUnsafeBufferPointer { kr in
                        Float.gemm(transA: false, transB: false, m: nrk, n: 1, k: hd, alpha: 1, a: kr.baseAddress! + h * hd, lda: c,
                                   b: qh, ldb: 1, beta: 0, c: scores + nqk, ldc: 1)
                    }
                }
            }
            var m = -Float.infinity
            for t in 0..<n { m = max(m, scores[t]) }
            var sum: Float = 0
            for t in 0..<n { let e = Foundation.exp(scores[t] - m); scores[t] = e; sum += e }
            let inv = 1 / sum
            for t in 0..<n { scores[t] *= inv }
        }
    }

    /// out[0..<hd] = Σ_t A_t V_t for head h, A in scoreScratch.
    func computeValues(head h: Int, output out: UnsafeMutablePointer<Float>) {
        let n = count, hd = headDimension, c = channels, g = groupSize, gph = groupsPerHead
        let nqv = quantizedValueCount, nrv = n - nqv
        for i in 0..<hd { out[i] = 0 }
        scoreScratch.withUnsafeBufferPointer { sp in
            let a = sp.baseAddress!
            if let vb = valueBits, nqv > 0 {
                let per = 32 / vb, padded = BitPacking.wordCount(g, bits: vb) * per
                if valueScratch.count < gph * padded { valueScratch = [Float](repeating: 0, count: gph * padded) }
                if zeroScratch.count < gph { zeroScratch = [Float](repeating: 0, count: gph) }
                let wpvh = wordsPerValueHead
                valueWords.withUnsafeBufferPointer { vw in
                    valueScales.withUnsafeBufferPointer { vs in
                        valueZeros.withUnsafeBufferPointer { vz in
                            valueScratch.withUnsafeMutableBufferPointer { accp in
                                zeroScratch.withUnsafeMutableBufferPointer { zp in
                                    let acc = accp.baseAddress!, z = zp.baseAddress!
                                    for i in 0..<(gph * padded) { acc[i] = 0 }
                                    for j in 0..<gph { z[j] = 0 }
                                    for t in 0..<nqv {
                                        let w = a[t]
                                        let gi = (t * heads + h) * gph
                                        let wb = vw.baseAddress! + (t * heads + h) * wpvh
                                        for j in 0..<gph {
                                            z[j] += w * vz[gi + j]
                                            PackedKernels.accumulate(wb + valueGroupWordOffsets[j],
                                                                     wordCount: BitPacking.wordCount(valueGroupSizes[j], bits: vb),
                                                                     bits: vb, weight: w * vs[gi + j], into: acc + j * padded)
                                        }
                                    }
                                    for j in 0..<gph {
                                        for i in 0..<valueGroupSizes[j] { out[j * g + i] = acc[j * padded + i] + z[j] }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            if nrv > 0 {
                valueResidual.withUnsafeBufferPointer { vr in
                    Float.gemm(transA: true, transB: false, m: hd, n: 1, k: nrv, alpha: 1,
                               a: vr.baseAddress! + valueStart * c + h * hd, lda: c,
                               b: a + nqv, ldb: 1, beta: 1, c: out, ldc: 1)
                }
            }
        }
    }
}
