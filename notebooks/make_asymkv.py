"""Writes notebooks/asymkv.ipynb from the cells below (run from the repository root).

The notebook loads the character-level transformer trained by
`swift run -c release --package-path bench AsymKVReproduce train` (weights in
results/asymkv/model.safetensors), generates text through float and 1-bit KV caches, and reruns
the paper's error analysis and sweep on it. Outputs are not stored.
"""
from notebook_builder import write

CELLS = [
    ("md", """# AsymKV: keys need more bits than values

Tao, Yu, Zhou, *AsymKV: Enabling 1-Bit Quantization of KV Cache with Layer-Wise Asymmetric
Quantization Configurations* (COLING 2025). The KV cache is quantised in the KIVI layout (keys per
channel, values per token, groups of G = 32, a full-precision residual window of R tokens) and
stored bit-packed (1 bit: 32 codes per `UInt32`); attention reads the packed words directly.
AsymKV-l_k/l_v keeps 2-bit keys in the first l_k layers and 2-bit values in the first l_v
layers, 1 bit elsewhere. The claim: 1-bit values cost little, 1-bit keys a lot.

The model is a 4-layer character-level transformer trained by the library on tiny Shakespeare
(see `results/asymkv/training.md`)."""),
    ("code", """let quick = true   // false: the full protocol (more held-out windows; several minutes)
let windows = quick ? 2 : 24"""),
    ("code", """let lm = CharLanguageModel.load()
lm"""),
    ("md", """## Text generated through different caches
Same prompt, same seed; only the storage of the KV cache changes (R = 32 tokens stay in float)."""),
    ("code", """let L = lm.layers
let configs = [KVQuantConfig.float(layers: L),
               KVQuantConfig.kivi(bits: 2, layers: L, residual: 32),
               KVQuantConfig.asymKV(keyLayers: L, valueLayers: 0, layers: L, residual: 32),
               KVQuantConfig.asymKV(keyLayers: 0, valueLayers: L, layers: L, residual: 32),
               KVQuantConfig.kivi(bits: 1, layers: L, residual: 32)]
for c in configs {
    print("——", c.name, "——")
    print(lm.generate("ROMEO:\\n", count: quick ? 90 : 120, temperature: 0.7, seed: 1, cache: c))
}"""),
    ("md", """## Where the error comes from (the paper's Fig. 1–2)
Per layer and head, the relative attention-output error when only the keys, or only the values,
are quantised to 1 bit, on held-out text."""),
    ("code", """let errors = lm.errorAnalysis(bits: 1, windows: windows)
let keyMean = errors.map { $0.keyOutput }.reduce(0, +) / Double(errors.count)
let valueMean = errors.map { $0.valueOutput }.reduce(0, +) / Double(errors.count)
print("mean output error, keys alone:", keyMean, " values alone:", valueMean)
for e in errors { print(e) }
AsymKVPlots.errors(errors)"""),
    ("md", """With both quantised, o − o* = (A − A*)V + A*E_v: the first term carries the key error
(amplified by the softmax), the second the value error (a convex combination, no gain)."""),
    ("code", """for l in 0..<L {
    let rows = errors.filter { $0.layer == l }
    let att = rows.map { $0.attentionTerm }.reduce(0, +) / Double(rows.count)
    let val = rows.map { $0.valueTerm }.reduce(0, +) / Double(rows.count)
    print("layer", l, " ‖(A − A*)V‖ =", att, " ‖A*E_v‖ =", val)
}"""),
    ("md", """## The sweep: held-out perplexity
AsymKV-l/0 gives 2-bit keys to the first l layers (values all 1 bit); AsymKV-0/l the reverse.
`results/asymkv/table.md` holds the full run (`AsymKVReproduce --full`)."""),
    ("code", """let rows = lm.sweep(windows: windows)
for r in rows { print(r) }
AsymKVPlots.sweep(rows)"""),
    ("md", "## Memory\nKV bytes for a Llama-2-7b-sized layer stack (32 layers, 32 heads of 128) at 4096 tokens."),
    ("code", """for c in [KVQuantConfig.float(layers: 32), KVQuantConfig.kivi(bits: 2, layers: 32),
          KVQuantConfig.asymKV(keyLayers: 16, valueLayers: 0, layers: 32), KVQuantConfig.kivi(bits: 1, layers: 32)] {
    let mb = Double(c.memoryBytes(heads: 32, headDimension: 128, tokens: 4096)) / 1048576
    print(c.name, mb, "MiB")
}"""),
]


def main() -> None:
    write(CELLS, "notebooks/asymkv.ipynb", "asymkv")


if __name__ == "__main__":
    main()
