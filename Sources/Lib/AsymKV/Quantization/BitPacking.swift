/// Dense bit packing of b-bit codes into `UInt32` words, b ∈ {1, 2, 4, 8}:
/// 32 / b codes per word, code i of a run at bits (i mod (32/b))·b of word i / (32/b), low bits first.
/// A run of n codes takes ⌈n·b / 32⌉ words (the last word padded with zeros).
public enum BitPacking {
    /// The supported code widths.
    public static let supportedBits = [1, 2, 4, 8]

    /// Throws unless `bits` is 1, 2, 4 or 8.
    public static func validate(bits: Int) throws {
        guard supportedBits.contains(bits) else {
            throw AsymKVError.invalidArgument("bit width \(bits) is not supported; use 1, 2, 4 or 8")
        }
    }

    /// Codes per 32-bit word.
    @inline(__always) public static func codesPerWord(bits: Int) -> Int { 32 / bits }

    /// Words needed for `count` codes of `bits` bits.
    @inline(__always) public static func wordCount(_ count: Int, bits: Int) -> Int {
        (count * bits + 31) / 32
    }

    /// Packs `codes` (each < 2^bits) into words.
    /// - Throws: ``AsymKVError`` for an unsupported width or a code that does not fit.
    public static func pack(_ codes: [UInt32], bits: Int) throws -> [UInt32] {
        try validate(bits: bits)
        let limit = UInt32(1) << UInt32(bits)
        if let bad = codes.firstIndex(where: { $0 >= limit }) {
            throw AsymKVError.invalidArgument("code \(codes[bad]) at index \(bad) does not fit in \(bits) bits (maximum \(limit - 1))")
        }
        var words = [UInt32](repeating: 0, count: wordCount(codes.count, bits: bits))
        codes.withUnsafeBufferPointer { c in
            words.withUnsafeMutableBufferPointer { w in
                packUnchecked(c.baseAddress!, count: codes.count, bits: bits, into: w.baseAddress!)
            }
        }
        return words
    }

    /// Unpacks `count` codes of `bits` bits from `words`.
    /// - Throws: ``AsymKVError`` for an unsupported width or too few words.
    public static func unpack(_ words: [UInt32], bits: Int, count: Int) throws -> [UInt32] {
        try validate(bits: bits)
        guard count >= 0, words.count >= wordCount(count, bits: bits) else {
            throw AsymKVError.invalidArgument("\(count) codes of \(bits) bits need \(wordCount(count, bits: bits)) words, got \(words.count)")
        }
        let per = 32 / bits, mask = UInt32((1 << bits) - 1)
        return (0..<count).map { i in (words[i / per] >> UInt32((i % per) * bits)) & mask }
    }

    /// Packs without checks into zero-initialised `out` (⌈count·bits/32⌉ words).
    @inline(__always)
    static func packUnchecked(_ codes: UnsafePointer<UInt32>, count: Int, bits: Int, into out: UnsafeMutablePointer<UInt32>) {
        let per = 32 / bits
        var i = 0, w = 0
        while i < count {
            var word: UInt32 = 0
            let n = min(per, count - i)
            for lane in 0..<n { word |= codes[i + lane] << UInt32(lane * bits) }
            out[w] = word
            w += 1
            i += n
        }
    }
}
