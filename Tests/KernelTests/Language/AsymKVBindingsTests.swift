import Foundation
import Testing
@testable import Kernel

/// Cells that use the AsymKV module: cache configurations, memory, and the trained model.
@Suite struct AsymKVBindingsTests {
    @Test func configurationsAndMemory() {
        let (out, o) = run1("""
        let c = KVQuantConfig.asymKV(keyLayers: 2, valueLayers: 0, layers: 4)
        print(c.name, KVQuantConfig.kivi(bits: 2, layers: 4).name, KVQuantConfig.float(layers: 4).name)
        print(KVQuantConfig.kivi(bits: 1, layers: 2, groupSize: 32, residual: 32).memoryBytes(heads: 4, headDimension: 32, tokens: 64))
        print(KVQuantConfig.float(layers: 2).memoryBytes(heads: 4, headDimension: 32, tokens: 64))
        """)
        #expect(o.error == nil, "\(String(describing: o.error))")
        // 1 bit, G = R = 32, 64 tokens, 2 layers of 4 × 32: keys 2 groups per channel fully packed
        // (1024 B words + 2048 B scales/zeros); values 32 tokens packed (512 + 1024 B) + 32 in float (16384 B).
        #expect(out == "AsymKV-2/0 KIVI-2 float\n41984\n131072\n")
    }

    @Test func unsupportedBitsIsACellError() {
        let (_, o) = run1("KVQuantConfig.kivi(bits: 3, layers: 2)")
        #expect("\(String(describing: o.error))".contains("bit width 3 is not supported; use 1, 2, 4 or 8"))
    }

    @Test func trainedModelGeneratesThroughAOneBitCache() throws {
        let (out, o) = run1("""
        let lm = CharLanguageModel.load()
        print(lm.layers, lm.context)
        let a = lm.generate("ROMEO:", count: 24, temperature: 0, cache: KVQuantConfig.kivi(bits: 1, layers: lm.layers, residual: 32))
        let b = lm.generate("ROMEO:", count: 24, temperature: 0, cache: KVQuantConfig.kivi(bits: 1, layers: lm.layers, residual: 32))
        print(a.count, a == b)
        """)
        #expect(o.error == nil, "\(String(describing: o.error))")
        #expect(out == "4 128\n24 true\n")
    }
}
