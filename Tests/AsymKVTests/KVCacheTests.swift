import Foundation
import Testing
import Lib
@testable import AsymKV

/// Reference attention on plain float matrices [n, heads·hd].
func referenceAttention(q: [Float], keys: [Float], values: [Float], heads: Int, hd: Int) -> [Float] {
    let c = heads * hd, n = keys.count / c
    var out = [Float](repeating: 0, count: c)
    for h in 0..<heads {
        var s = (0..<n).map { t in (0..<hd).reduce(Float(0)) { $0 + q[h * hd + $1] * keys[t * c + h * hd + $1] } / Float(hd).squareRoot() }
        let m = s.max()!
        s = s.map { Foundation.exp($0 - m) }
        let z = s.reduce(0, +)
        for t in 0..<n { for i in 0..<hd { out[h * hd + i] += s[t] / z * values[t * c + h * hd + i] } }
    }
    return out
}

/// KIVI batch simulation of what the cache should hold after n tokens.
func batchExpected(keys: [Float], values: [Float], n: Int, c: Int, heads: Int, hd: Int, kb: Int?, vb: Int?, g: Int, r: Int,
                   window: ValueWindow = .fifo) throws -> ([Float], [Float]) {
    var k = keys, v = values
    if let kb {
        let nq = (n / r) * r
        for block in 0..<(nq / g) {
            for ch in 0..<c {
                let idx = (0..<g).map { (block * g + $0) * c + ch }
                let (codes, s, z) = try GroupQuantizer.quantize(idx.map { keys[$0] }, bits: kb)
                for (i, q) in zip(idx, codes) { k[i] = Float(q) * s + z }
            }
        }
    }
    if let vb {
        for t in 0..<(window == .fifo ? max(n - r, 0) : (n / r) * r) {
            for h in 0..<heads {
                var start = 0
                while start < hd {
                    let idx = (start..<min(start + g, hd)).map { t * c + h * hd + $0 }
                    let (codes, s, z) = try GroupQuantizer.quantize(idx.map { values[$0] }, bits: vb)
                    for (i, q) in zip(idx, codes) { v[i] = Float(q) * s + z }
                    start += g
                }
            }
        }
    }
    return (k, v)
}

@Suite struct KVCacheTests {
    @Test(arguments: [(1, 1), (2, 2), (1, 2), (2, 1), (4, 8), (8, 4), (2, nil), (nil, 1)] as [(Int?, Int?)])
    func streamingEqualsBatchAndAttentionMatches(kb: Int?, vb: Int?) throws {
        let heads = 2, hd = 24, c = heads * hd, g = 8, r = 16
        let cache = try QuantizedKVCache(heads: heads, headDimension: hd, keyBits: kb, valueBits: vb, groupSize: g, residual: r)
        let n = 61
        let keys = randomFloats(n * c, seed: 1), values = randomFloats(n * c, seed: 2)
        for t in 0..<n {
            try cache.append(key: Array(keys[(t * c)..<((t + 1) * c)]), value: Array(values[(t * c)..<((t + 1) * c)]))
            let m = t + 1
            #expect(cache.count == m)
            #expect(cache.quantizedCounts.keys == (kb == nil ? 0 : (m / r) * r))
            #expect(cache.quantizedCounts.values == (vb == nil ? 0 : max(m - r, 0)))
            if [1, 15, 16, 17, 33, 48, 61].contains(m) {
                let (ek, ev) = try batchExpected(keys: Array(keys[0..<(m * c)]), values: Array(values[0..<(m * c)]), n: m, c: c,
                                                 heads: heads, hd: hd, kb: kb, vb: vb, g: g, r: r)
                #expect(cache.dequantizedKeys() == ek)
                #expect(cache.dequantizedValues() == ev)
                let q = randomFloats(c, seed: 100 + m)
                let got = try cache.attend(query: q)
                let want = referenceAttention(q: q, keys: ek, values: ev, heads: heads, hd: hd)
                for (a, b) in zip(got, want) { #expect(abs(a - b) <= 1e-4 * max(1, abs(b))) }
            }
        }
        // Prefill (KIVI's batch path) gives the same state as streaming.
        let batch = try QuantizedKVCache(heads: heads, headDimension: hd, keyBits: kb, valueBits: vb, groupSize: g, residual: r)
        try batch.prefill(keys: keys, values: values)
        #expect(batch.dequantizedKeys() == cache.dequantizedKeys())
        #expect(batch.dequantizedValues() == cache.dequantizedValues())
        #expect(batch.quantizedCounts == cache.quantizedCounts)
        #expect(batch.byteCount == cache.byteCount)
    }

    @Test(arguments: [(1, 1), (2, 1)] as [(Int, Int)])
    func blockValueWindowQuantisesValuesLikeKeys(kb: Int, vb: Int) throws {
        let heads = 2, hd = 8, c = 16, g = 4, r = 8, n = 27
        let cache = try QuantizedKVCache(heads: heads, headDimension: hd, keyBits: kb, valueBits: vb, groupSize: g, residual: r, valueWindow: .block)
        let keys = randomFloats(n * c, seed: 11), values = randomFloats(n * c, seed: 12)
        for t in 0..<n { try cache.append(key: Array(keys[(t * c)..<((t + 1) * c)]), value: Array(values[(t * c)..<((t + 1) * c)])) }
        #expect(cache.quantizedCounts.keys == 24 && cache.quantizedCounts.values == 24)
        let (ek, ev) = try batchExpected(keys: keys, values: values, n: n, c: c, heads: heads, hd: hd, kb: kb, vb: vb, g: g, r: r, window: .block)
        #expect(cache.dequantizedKeys() == ek && cache.dequantizedValues() == ev)
        let batch = try QuantizedKVCache(heads: heads, headDimension: hd, keyBits: kb, valueBits: vb, groupSize: g, residual: r, valueWindow: .block)
        try batch.prefill(keys: keys, values: values)
        #expect(batch.dequantizedValues() == ev && batch.byteCount == cache.byteCount)
        var config = try KVQuantConfig(keyBits: [kb], valueBits: [vb], groupSize: g, residual: r)
        config.valueWindow = .block
        #expect(KVMemory.bytes(config: config, heads: heads, headDimension: hd, tokens: n) == cache.byteCount)
        let q = randomFloats(c, seed: 13), got = try cache.attend(query: q), want = referenceAttention(q: q, keys: ek, values: ev, heads: heads, hd: hd)
        for (x, y) in zip(got, want) { #expect(abs(x - y) <= 1e-4 * max(1, abs(y))) }
    }

    @Test func floatCacheIsExactAttention() throws {
        let cache = try QuantizedKVCache(heads: 3, headDimension: 5, keyBits: nil, valueBits: nil, groupSize: 4, residual: 4)
        let keys = randomFloats(9 * 15, seed: 4), values = randomFloats(9 * 15, seed: 5)
        try cache.prefill(keys: keys, values: values)
        let q = randomFloats(15, seed: 6)
        let got = try cache.attend(query: q), want = referenceAttention(q: q, keys: keys, values: values, heads: 3, hd: 5)
        for (a, b) in zip(got, want) { #expect(abs(a - b) <= 1e-5) }
    }

    @Test func memoryMatchesTheFormula() throws {
        for (kb, vb) in [(1, 1), (2, 1), (1, 2), (4, 2)] as [(Int, Int)] {
            let cache = try QuantizedKVCache(heads: 4, headDimension: 32, keyBits: kb, valueBits: vb, groupSize: 32, residual: 32)
            let keys = randomFloats(200 * 128, seed: 7), values = randomFloats(200 * 128, seed: 8)
            try cache.prefill(keys: keys, values: values)
            let config = try KVQuantConfig(keyBits: [kb], valueBits: [vb], groupSize: 32, residual: 32)
            #expect(KVMemory.bytes(config: config, heads: 4, headDimension: 32, tokens: 200) == cache.byteCount)
        }
        let float = try KVQuantConfig.float(layers: 2)
        #expect(KVMemory.bytes(config: float, heads: 4, headDimension: 32, tokens: 10) == 2 * 2 * 10 * 128 * 4)
    }

    @Test func badInputsThrow() throws {
        #expect(throws: AsymKVError.self) { try QuantizedKVCache(heads: 1, headDimension: 8, keyBits: 3, valueBits: 1) }
        #expect(throws: AsymKVError.self) { try QuantizedKVCache(heads: 1, headDimension: 8, keyBits: 1, valueBits: 1, groupSize: 32, residual: 48) }
        let cache = try QuantizedKVCache(heads: 1, headDimension: 8, keyBits: 1, valueBits: 1, groupSize: 4, residual: 4)
        #expect(throws: AsymKVError.self) { try cache.append(key: [1], value: [1]) }
        #expect(throws: AsymKVError.self) { try cache.attend(query: [Float](repeating: 0, count: 8)) }
        #expect(throws: AsymKVError.self) { try KVQuantConfig.asymKV(keyLayers: 5, valueLayers: 0, layers: 4) }
    }

    @Test func asymKVConfigAssignsBitsByLayer() throws {
        let c = try KVQuantConfig.asymKV(keyLayers: 2, valueLayers: 0, layers: 4)
        #expect(c.keyBits == [2, 2, 1, 1] && c.valueBits == [1, 1, 1, 1] && c.name == "AsymKV-2/0")
        let d = try KVQuantConfig.asymKV(keyLayers: 1, valueLayers: 3, layers: 4, high: 4, low: 2)
        #expect(d.keyBits == [4, 2, 2, 2] && d.valueBits == [4, 4, 4, 2] && d.name == "AsymKV-4/2-1/3")
    }
}
