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
    /// - Throws: ``AsymKVError`` for a query of the wrong size, a head out of range or an empty cache.
    public func attentionWeights(query: [Float], head: Int) throws -> [Float] {
        guard query.count == channels, (0..<heads).contains(head), count > 0 else {
            throw AsymKVError.invalidArgument("attentionWeights needs a query of \(channels) entries, a head in 0..<\(heads) and a non-empty cache")
        }
        ensureScratch()
        query.withUnsafeBufferPointer { computeScores(head: head, query: $0.baseAddress!) }
        return Array(scoreScratch[0..<count])
    }

    /// Attention without checks (`query`, `output`: `channels` floats; cache non-empty).
    func attendUnchecked(query: UnsafePointer<Float>, output: UnsafeMutablePointer<Float>) {
        ensureScratch()
        for h in 0..<heads {
            computeScores(head: h, query: query)
            computeValues(head: h, output: output + h * headDimension)
        }
    }

    private func ensureScratch() {
        let n = count
        if scoreScratch.count < n { scoreScratch = [Float](repeating: 0, count: max(2 * n, 256)) }
        if weightScratch.count < max(n, headDimension) { weightScratch = [Float](repeating: 0, count: max(2 * n, 256, headDimension)) }
        let lanes = max(wordsPerKeyGroup, BitPacking.wordCount(groupSize, bits: valueBits ?? 32)) * 32
        if blockScratch.count < lanes { blockScratch = [Float](repeating: 0, count: lanes) }
        if queryScratch.count < headDimension { queryScratch = [Float](repeating: 0, count: headDimension) }
    }

    /// Softmax weights of head `h` into scoreScratch[0..<count].
    func computeScores(head h: Int, query: UnsafePointer<Float>) {
        let n = count, hd = headDimension, c = channels, g = groupSize
        let scale = 1 / Float(hd).squareRoot()
        let nqk = quantizedKeyCount, nrk = n - nqk, wpg = wordsPerKeyGroup
        scoreScratch.withUnsafeMutableBufferPointer { sp in
            let scores = sp.baseAddress!
            queryScratch.withUnsafeMutableBufferPointer { qp in
                let qh = qp.baseAddress!
                for i in 0..<hd { qh[i] = query[h * hd + i] * scale }
                if let kb = keyBits, nqk > 0 {
                    let per = 32 / kb
                    keyWords.withUnsafeBufferPointer { kw in
                        keyScales.withUnsafeBufferPointer { ks in
                            keyZeros.withUnsafeBufferPointer { kz in
                                blockScratch.withUnsafeMutableBufferPointer { bp in
                                    weightScratch.withUnsafeMutableBufferPointer { wp in
                                        let lanes = bp.baseAddress!, qs = wp.baseAddress!
                                        for block in 0..<(nqk / g) {
                                            let sBase = block * c + h * hd
                                            var constant: Float = 0
                                            for i in 0..<hd {
                                                constant += qh[i] * kz[sBase + i]
                                                qs[i] = qh[i] * ks[sBase + i]
                                            }
                                            let words = kw.baseAddress! + sBase * wpg
                                            for i in 0..<(wpg * per) { lanes[i] = 0 }
                                            for j in 0..<wpg {
                                                PackedKernels.weightedCodes(bits: kb, words + j, stride: wpg, count: hd, weights: qs, into: lanes + j * per)
                                            }
                                            let dst = scores + block * g
                                            for t in 0..<g { dst[t] = lanes[t] + constant }
                                        }
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
                let per = 32 / vb, vbk = QuantizedKVCache.valueBlock
                let wordBlock = heads * wordsPerValueHead * vbk, groupBlock = heads * gph * vbk
                valueWords.withUnsafeBufferPointer { vw in
                    valueScales.withUnsafeBufferPointer { vs in
                        valueZeros.withUnsafeBufferPointer { vz in
                            blockScratch.withUnsafeMutableBufferPointer { bp in
                                weightScratch.withUnsafeMutableBufferPointer { wp in
                                    let lanes = bp.baseAddress!, wt = wp.baseAddress!
                                    for j in 0..<gph {
                                        var zeroSum: Float = 0
                                        let gslot = (h * gph + j) * vbk
                                        for start in stride(from: 0, to: nqv, by: vbk) {
                                            let base = (start / vbk) * groupBlock + gslot
                                            for t in 0..<min(vbk, nqv - start) {
                                                let w = a[start + t]
                                                wt[start + t] = w * vs[base + t]
                                                zeroSum += w * vz[base + t]
                                            }
                                        }
                                        let size = valueGroupSizes[j], nw = BitPacking.wordCount(size, bits: vb)
                                        for i in 0..<(nw * per) { lanes[i] = 0 }
                                        let slot0 = h * wordsPerValueHead + valueGroupWordOffsets[j]
                                        for start in stride(from: 0, to: nqv, by: vbk) {
                                            let words = vw.baseAddress! + (start / vbk) * wordBlock + slot0 * vbk
                                            let len = min(vbk, nqv - start)
                                            for m in 0..<nw {
                                                PackedKernels.weightedCodes(bits: vb, words + m * vbk, stride: 1, count: len,
                                                                            weights: wt + start, into: lanes + m * per)
                                            }
                                        }
                                        for i in 0..<size { out[j * g + i] = lanes[i] + zeroSum }
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
