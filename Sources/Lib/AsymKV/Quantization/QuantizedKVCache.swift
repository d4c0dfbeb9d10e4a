import Foundation
import Lib

/// How values leave the full-precision residual window.
public enum ValueWindow: String, Sendable, Codable {
    /// KIVI: a FIFO of the newest R values; the token leaving it is quantised.
    case fifo
    /// As KIVI does for keys: when R values have accumulated, all R are quantised (an ablation that
    /// gives keys and values the same full-precision window).
    case block
}

/// One layer's KV cache in the KIVI layout, streaming as KIVI decodes, with bit-packed storage.
///
/// - Keys are quantised per channel (a group = G consecutive tokens of one channel). New keys
///   accumulate in a full-precision residual; when it holds R tokens, the R tokens are quantised
///   (R/G groups per channel) and appended to the packed keys.
/// - Values are quantised per token (a group = G consecutive channels of one head). The newest R
///   values stay in a full-precision FIFO; the token leaving it is quantised.
/// - A nil width keeps that side in full precision.
///
/// ``attend(query:output:)`` computes softmax(q Kᵀ/√h) V per head directly from the packed words
/// (codes are expanded a word at a time into registers; no float copy of the cache is made).
public final class QuantizedKVCache {
    /// Heads and channels per head; channels = heads · headDimension.
    public let heads: Int, headDimension: Int, channels: Int
    /// Key and value widths (nil: float).
    public let keyBits: Int?, valueBits: Int?
    /// Group size G and residual window R.
    public let groupSize: Int, residual: Int
    /// How values leave the residual window (KIVI: ``ValueWindow/fifo``).
    public let valueWindow: ValueWindow

    // MARK: - Storage
    /// Packed key groups: per block of G tokens, [channel][wordsPerKeyGroup] words.
    private(set) var keyWords: [UInt32] = []
    private(set) var keyScales: [Float] = [], keyZeros: [Float] = []   // per block: [channel]
    private(set) var quantizedKeyCount = 0
    private(set) var keyResidual: [Float] = []                         // [tokens][channels]
    /// Packed value groups in blocks of ``valueBlock`` tokens: within a block, word slot s
    /// (head, group, word) of token t is at block · (slots · valueBlock) + s · valueBlock + t mod valueBlock,
    /// so that one slot's words over consecutive tokens are contiguous for attention. Scales and
    /// zeros likewise per group slot.
    private(set) var valueWords: [UInt32] = []
    private(set) var valueScales: [Float] = [], valueZeros: [Float] = []
    /// Tokens per block of the packed values.
    static let valueBlock = 32
    private(set) var quantizedValueCount = 0
    private(set) var valueResidual: [Float] = []                       // FIFO rows from valueStart
    var valueStart = 0

    let wordsPerKeyGroup: Int
    // Scratch reused by attention (a cache is used by one thread at a time).
    var scoreScratch: [Float] = [], blockScratch: [Float] = [], weightScratch: [Float] = []
    var queryScratch: [Float] = []
    let groupsPerHead: Int
    let valueGroupSizes: [Int], valueGroupWordOffsets: [Int], wordsPerValueHead: Int

    /// A cache for `heads` × `headDimension` channels.
    /// - Throws: ``AsymKVError`` for non-positive sizes, unsupported widths or R not a positive multiple of G.
    public init(heads: Int, headDimension: Int, keyBits: Int?, valueBits: Int?, groupSize: Int = 32, residual: Int = 128,
                valueWindow: ValueWindow = .fifo) throws {
        guard heads >= 1, headDimension >= 1 else {
            throw AsymKVError.invalidArgument("heads (\(heads)) and headDimension (\(headDimension)) must be at least 1")
        }
        if let keyBits { try BitPacking.validate(bits: keyBits) }
        if let valueBits { try BitPacking.validate(bits: valueBits) }
        guard groupSize >= 1, residual >= groupSize, residual % groupSize == 0 else {
            throw AsymKVError.invalidArgument("residual \(residual) must be a positive multiple of groupSize \(groupSize)")
        }
        self.heads = heads
        self.headDimension = headDimension
        channels = heads * headDimension
        self.keyBits = keyBits
        self.valueBits = valueBits
        self.groupSize = groupSize
        self.residual = residual
        self.valueWindow = valueWindow
        wordsPerKeyGroup = BitPacking.wordCount(groupSize, bits: keyBits ?? 32)
        groupsPerHead = (headDimension + groupSize - 1) / groupSize
        valueGroupSizes = (0..<groupsPerHead).map { min(groupSize, headDimension - $0 * groupSize) }
        var offsets: [Int] = [], total = 0
        for s in valueGroupSizes { offsets.append(total); total += BitPacking.wordCount(s, bits: valueBits ?? 32) }
        valueGroupWordOffsets = offsets
        wordsPerValueHead = total
    }

    /// Tokens held.
    public var count: Int { quantizedKeyCount + keyResidual.count / channels }
    /// Tokens whose keys / values are stored quantised.
    public var quantizedCounts: (keys: Int, values: Int) { (quantizedKeyCount, quantizedValueCount) }

    /// Bytes held: packed words, float scales and zeros, and the float residuals.
    public var byteCount: Int {
        4 * (keyWords.count + keyScales.count + keyZeros.count + keyResidual.count
            + quantizedValueCount * heads * (wordsPerValueHead + 2 * groupsPerHead) + valueResidual.count - valueStart * channels)
    }

    /// Forgets every token.
    public func reset() {
        keyWords = []; keyScales = []; keyZeros = []; quantizedKeyCount = 0; keyResidual = []
        valueWords = []; valueScales = []; valueZeros = []; quantizedValueCount = 0; valueResidual = []; valueStart = 0
    }

    // MARK: - Appending

    /// Appends one token's key and value (each `channels` floats, heads concatenated), as KIVI does while decoding.
    /// - Throws: ``AsymKVError`` when a vector does not have `channels` entries.
    public func append(key: [Float], value: [Float]) throws {
        guard key.count == channels, value.count == channels else {
            throw AsymKVError.invalidArgument("key and value need \(channels) entries (heads × headDimension), got \(key.count) and \(value.count)")
        }
        key.withUnsafeBufferPointer { k in value.withUnsafeBufferPointer { v in appendUnchecked(key: k.baseAddress!, value: v.baseAddress!) } }
    }

    /// Appends without checks (pointers to `channels` floats).
    func appendUnchecked(key: UnsafePointer<Float>, value: UnsafePointer<Float>) {
        keyResidual.append(contentsOf: UnsafeBufferPointer(start: key, count: channels))
        if keyBits != nil, keyResidual.count == residual * channels { flushKeys(tokens: residual) }
        valueResidual.append(contentsOf: UnsafeBufferPointer(start: value, count: channels))
        if valueBits != nil, valueWindow == .block, valueResidual.count / channels - valueStart == residual {
            for r in valueStart..<(valueStart + residual) { quantizeValueRow(r) }
            valueResidual.removeAll(keepingCapacity: true)
            valueStart = 0
        } else if valueBits != nil, valueWindow == .fifo, valueResidual.count / channels - valueStart > residual {
            quantizeValueRow(valueStart)
            valueStart += 1
            if valueStart >= 64 && valueStart * 2 >= valueResidual.count / channels {
                valueResidual.removeFirst(valueStart * channels)
                valueStart = 0
            }
        }
    }

    /// Fills an empty cache with a prompt at once (KIVI's prefill): `keys` and `values` are
    /// [n, channels] row-major. Keys: the first ⌊n/R⌋·R tokens are quantised, the rest kept;
    /// values: all but the last R tokens are quantised (``ValueWindow/block``: the first ⌊n/R⌋·R).
    /// Gives the same state as n appends.
    /// - Throws: ``AsymKVError`` for a non-empty cache or sizes that are not multiples of `channels`.
    public func prefill(keys: [Float], values: [Float]) throws {
        guard count == 0 else { throw AsymKVError.invalidArgument("prefill needs an empty cache; call reset() first") }
        guard keys.count == values.count, keys.count % channels == 0 else {
            throw AsymKVError.invalidArgument("keys (\(keys.count)) and values (\(values.count)) must both be n × \(channels) floats")
        }
        let n = keys.count / channels
        let nk = keyBits == nil ? 0 : (n / residual) * residual
        keyResidual = Array(keys[0..<(nk * channels)])
        if nk > 0 { flushKeys(tokens: nk) }
        keyResidual = Array(keys[(nk * channels)...])
        let nv = valueBits == nil ? 0 : (valueWindow == .fifo ? max(n - residual, 0) : (n / residual) * residual)
        valueResidual = values
        valueStart = 0
        for t in 0..<nv { quantizeValueRow(t) }
        valueResidual.removeFirst(nv * channels)
    }

    /// Quantises the first `tokens` rows of the key residual (a multiple of G) and clears it.
    private func flushKeys(tokens: Int) {
        guard let bits = keyBits else { return }
        let g = groupSize, c = channels, wpg = wordsPerKeyGroup, blocks = tokens / g
        let wordStart = keyWords.count, scaleStart = keyScales.count
        keyWords.append(contentsOf: repeatElement(0, count: blocks * c * wpg))
        keyScales.append(contentsOf: repeatElement(0, count: blocks * c))
        keyZeros.append(contentsOf: repeatElement(0, count: blocks * c))
        let codes = UnsafeMutablePointer<UInt32>.allocate(capacity: g)
        defer { codes.deallocate() }
        keyResidual.withUnsafeBufferPointer { kr in
            keyWords.withUnsafeMutableBufferPointer { kw in
                keyScales.withUnsafeMutableBufferPointer { ks in
                    keyZeros.withUnsafeMutableBufferPointer { kz in
                        for block in 0..<blocks {
                            let base = kr.baseAddress! + block * g * c
                            for ch in 0..<c {
                                let (sc, z) = GroupQuantizer.quantizeStrided(base + ch, stride: c, count: g, bits: bits, codes: codes)
                                let si = scaleStart + block * c + ch
                                ks[si] = sc
                                kz[si] = z
                                BitPacking.packUnchecked(codes, count: g, bits: bits, into: kw.baseAddress! + wordStart + (block * c + ch) * wpg)
                            }
                        }
                    }
                }
            }
        }
        quantizedKeyCount += tokens
        keyResidual.removeAll(keepingCapacity: true)
    }

    /// Quantises value row `row` of the residual buffer and appends it to the packed values.
    private func quantizeValueRow(_ row: Int) {
        guard let bits = valueBits else { return }
        let vbk = Self.valueBlock, t = quantizedValueCount
        let wordSlots = heads * wordsPerValueHead, groupSlots = heads * groupsPerHead
        if t % vbk == 0 {
            valueWords.append(contentsOf: repeatElement(0, count: wordSlots * vbk))
            valueScales.append(contentsOf: repeatElement(0, count: groupSlots * vbk))
            valueZeros.append(contentsOf: repeatElement(0, count: groupSlots * vbk))
        }
        let wordBase = (t / vbk) * wordSlots * vbk + t % vbk, groupBase = (t / vbk) * groupSlots * vbk + t % vbk
        let codes = UnsafeMutablePointer<UInt32>.allocate(capacity: groupSize)
        let packed = UnsafeMutablePointer<UInt32>.allocate(capacity: BitPacking.wordCount(groupSize, bits: bits))
        defer { codes.deallocate(); packed.deallocate() }
        valueResidual.withUnsafeBufferPointer { vr in
            valueWords.withUnsafeMutableBufferPointer { vw in
                valueScales.withUnsafeMutableBufferPointer { vs in
                    valueZeros.withUnsafeMutableBufferPointer { vz in
                        let v = vr.baseAddress! + row * channels
                        for h in 0..<heads {
                            for j in 0..<groupsPerHead {
                                let size = valueGroupSizes[j]
                                let (sc, z) = GroupQuantizer.quantizeStrided(v + h * headDimension + j * groupSize, stride: 1, count: size, bits: bits, codes: codes)
                                let gslot = h * groupsPerHead + j
                                vs[groupBase + gslot * vbk] = sc
                                vz[groupBase + gslot * vbk] = z
                                let nw = BitPacking.wordCount(size, bits: bits)
                                BitPacking.packUnchecked(codes, count: size, bits: bits, into: packed)
                                let slot0 = h * wordsPerValueHead + valueGroupWordOffsets[j]
                                for m in 0..<nw { vw[wordBase + (slot0 + m) * vbk] = packed[m] }
                            }
                        }
                    }
                }
            }
        }
        quantizedValueCount += 1
    }

    // MARK: - Reading back

    /// The keys as the cache represents them, [count, channels] (dequantised + residual). For tests and analysis.
    public func dequantizedKeys() -> [Float] {
        var out: [Float] = []
        out.reserveCapacity(count * channels)
        let g = groupSize, c = channels
        if let bits = keyBits {
            let per = 32 / bits, mask = UInt32((1 << bits) - 1)
            for block in 0..<(quantizedKeyCount / g) {
                for t in 0..<g {
                    for ch in 0..<c {
                        let w = keyWords[(block * c + ch) * wordsPerKeyGroup + t / per]
                        let q = (w >> UInt32((t % per) * bits)) & mask
                        out.append(Float(q) * keyScales[block * c + ch] + keyZeros[block * c + ch])
                    }
                }
            }
        }
        return out + keyResidual
    }

    /// The values as the cache represents them, [count, channels].
    public func dequantizedValues() -> [Float] {
        var out: [Float] = []
        out.reserveCapacity(count * channels)
        if let bits = valueBits {
            let per = 32 / bits, mask = UInt32((1 << bits) - 1)
            let vbk = Self.valueBlock, wordSlots = heads * wordsPerValueHead, groupSlots = heads * groupsPerHead
            for t in 0..<quantizedValueCount {
                let wordBase = (t / vbk) * wordSlots * vbk + t % vbk, groupBase = (t / vbk) * groupSlots * vbk + t % vbk
                for h in 0..<heads {
                    for (j, size) in valueGroupSizes.enumerated() {
                        let gi = groupBase + (h * groupsPerHead + j) * vbk
                        let slot0 = h * wordsPerValueHead + valueGroupWordOffsets[j]
                        for i in 0..<size {
                            let q = (valueWords[wordBase + (slot0 + i / per) * vbk] >> UInt32((i % per) * bits)) & mask
                            out.append(Float(q) * valueScales[gi] + valueZeros[gi])
                        }
                    }
                }
            }
        }
        return out + valueResidual[(valueStart * channels)...]
    }
}
