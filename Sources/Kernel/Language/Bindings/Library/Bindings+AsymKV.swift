import AsymKV
import Lib
import Plotting

// MARK: - AsymKV: the trained character model, KV-cache quantiser configurations, error analysis, sweep

extension Bindings {
    func registerAsymKV() {
        type(CharLanguageModel.self, name: "CharLanguageModel",
             doc: "A trained character-level transformer with its vocabulary (AsymKV): generate text, evaluate under a quantised KV cache, analyse errors.")
        type(KVQuantConfig.self, name: "KVQuantConfig",
             doc: "Per-layer key/value bit widths of a KV cache (nil = float), KIVI group size G and residual window R.")
        type(SweepResult.self, name: "SweepResult", doc: "Held-out perplexity, next-character accuracy and KV bytes per token of one cache configuration.")
        type(HeadError.self, name: "HeadError", doc: "Attention errors of one layer and head: keys alone vs values alone, and the decomposition (A − A*)V + A*E_v.")

        staticMethod("load(_ path: String? = nil) -> CharLanguageModel", on: "CharLanguageModel",
                     doc: "Loads a safetensors checkpoint with its vocabulary (default: the repository's results/asymkv/model.safetensors).") { a in
            let path = try LibraryValues.optional(a[0]).map { v -> String in
                guard case .string(let s) = v else { throw RuntimeError.type("path: expected String, got \(typeName(v))") }
                return s
            }
            return a.wrap(try libraryCall { try CharLanguageModel.load(path) })
        }
        property("description: String", on: CharLanguageModel.self, doc: "The model's shape and size.") { m in
            let c = m.model.config
            return .string("CharLanguageModel(layers: \(c.layers), dimension: \(c.dimension), heads: \(c.heads), context: \(c.context), parameters: \(m.model.parameterCount), vocabulary: \(m.vocabulary.count))")
        }
        property("layers: Int", on: CharLanguageModel.self, doc: "Decoder layers.") { m in .int(m.model.config.layers) }
        property("heads: Int", on: CharLanguageModel.self, doc: "Attention heads per layer.") { m in .int(m.model.config.heads) }
        property("headDimension: Int", on: CharLanguageModel.self, doc: "Channels per head.") { m in .int(m.model.config.headDimension) }
        property("context: Int", on: CharLanguageModel.self, doc: "Longest sequence the model takes.") { m in .int(m.model.config.context) }
        property("parameterCount: Int", on: CharLanguageModel.self, doc: "Trainable scalars.") { m in .int(m.model.parameterCount) }
        method("generate(_ prompt: String, count: Int = 200, temperature: Double = 0.8, topK: Int? = nil, seed: Int = 0, cache: KVQuantConfig? = nil) -> String",
               on: CharLanguageModel.self,
               doc: "Continues the prompt by up to `count` characters (within the context), sampling with temperature and top-k under a seed; the KV cache is stored as `cache` says (default float).") { m, a in
            let topK = try Bindings.optionalInt(a[3], "topK")
            let cache = try Bindings.optionalConfig(a[5])
            return .string(try libraryCall {
                try m.generate(try a.string(0), count: try a.int(1), temperature: try a.double(2), topK: topK, seed: try a.int(4), cache: cache)
            })
        }
        method("evaluate(cache: KVQuantConfig, windows: Int = 16) -> SweepResult", on: CharLanguageModel.self,
               doc: "Held-out perplexity and accuracy with the cache stored as `cache` says (streaming decoding through the packed cache).") { [unowned self] m, a in
            let config = try a.native(0, as: KVQuantConfig.self)
            return a.wrap(try libraryCall { try self.withLiveProgress { try m.evaluate(cache: config, windows: try a.int(1)) } })
        }
        method("sweep(windows: Int = 16, groupSize: Int = 32, residual: Int = 32) -> [SweepResult]", on: CharLanguageModel.self,
               doc: "The paper's table on this model: float, KIVI-2, AsymKV-l/0 and AsymKV-0/l for l = 0…L.") { [unowned self] m, a in
            let rows = try libraryCall { try self.withLiveProgress { try m.sweep(windows: try a.int(0), groupSize: try a.int(1), residual: try a.int(2)) } }
            return .array(rows.map { a.wrap($0) })
        }
        method("errorAnalysis(bits: Int, windows: Int = 2, groupSize: Int = 32) -> [HeadError]", on: CharLanguageModel.self,
               doc: "Per layer and head: attention-output error from quantising keys alone vs values alone at `bits` (the paper's Fig. 1–2).") { [unowned self] m, a in
            let rows = try libraryCall { try self.withLiveProgress { try m.errorAnalysis(bits: try a.int(0), windows: try a.int(1), groupSize: try a.int(2)) } }
            return .array(rows.map { a.wrap($0) })
        }

        // Configurations
        staticMethod("float(layers: Int) -> KVQuantConfig", on: "KVQuantConfig", doc: "Every layer's keys and values in full precision.") { a in
            a.wrap(try libraryCall { try KVQuantConfig.float(layers: try a.int(0)) })
        }
        staticMethod("kivi(bits: Int, layers: Int, groupSize: Int = 32, residual: Int = 128) -> KVQuantConfig", on: "KVQuantConfig",
                     doc: "KIVI: keys and values of every layer at `bits` (1, 2, 4 or 8).") { a in
            a.wrap(try libraryCall { try KVQuantConfig.kivi(bits: try a.int(0), layers: try a.int(1), groupSize: try a.int(2), residual: try a.int(3)) })
        }
        staticMethod("asymKV(keyLayers: Int, valueLayers: Int, layers: Int, high: Int = 2, low: Int = 1, groupSize: Int = 32, residual: Int = 128) -> KVQuantConfig",
                     on: "KVQuantConfig",
                     doc: "AsymKV-l_k/l_v: keys of the first l_k layers at `high` bits and the rest at `low`; values likewise with l_v.") { a in
            a.wrap(try libraryCall {
                try KVQuantConfig.asymKV(keyLayers: try a.int(0), valueLayers: try a.int(1), layers: try a.int(2), high: try a.int(3), low: try a.int(4),
                                         groupSize: try a.int(5), residual: try a.int(6))
            })
        }
        property("name: String", on: KVQuantConfig.self, doc: "Short name (\"KIVI-2\", \"AsymKV-2/0\").") { c in .string(c.name) }
        property("description: String", on: KVQuantConfig.self, doc: "Short name.") { c in .string(c.name) }
        property("keyBits: [Int?]", on: KVQuantConfig.self, doc: "Key bits per layer (nil: float).") { c in .array(c.keyBits.map { $0.map { .some(.int($0)) } ?? .none }) }
        property("valueBits: [Int?]", on: KVQuantConfig.self, doc: "Value bits per layer (nil: float).") { c in .array(c.valueBits.map { $0.map { .some(.int($0)) } ?? .none }) }
        method("memoryBytes(heads: Int, headDimension: Int, tokens: Int) -> Int", on: KVQuantConfig.self,
               doc: "KV-cache bytes of all layers after `tokens` tokens (packed codes, float32 scales/zeros and residual).") { c, a in
            .int(KVMemory.bytes(config: c, heads: try a.int(0), headDimension: try a.int(1), tokens: try a.int(2)))
        }

        // Results
        property("name: String", on: SweepResult.self, doc: "Configuration name.") { r in .string(r.name) }
        property("perplexity: Double", on: SweepResult.self, doc: "Held-out perplexity e^loss.") { r in .double(r.perplexity) }
        property("loss: Double", on: SweepResult.self, doc: "Mean next-character cross-entropy (nats).") { r in .double(r.loss) }
        property("accuracy: Double", on: SweepResult.self, doc: "Next-character accuracy.") { r in .double(r.accuracy) }
        property("bytesPerToken: Double", on: SweepResult.self, doc: "KV bytes per token as stored.") { r in .double(r.bytesPerToken) }
        property("description: String", on: SweepResult.self, doc: "One line.") { r in
            .string("\(r.name): perplexity \(fmt4(r.perplexity)), accuracy \(fmt4(r.accuracy)), \(Int(r.bytesPerToken.rounded())) B/token")
        }
        property("layer: Int", on: HeadError.self, doc: "Layer.") { e in .int(e.layer) }
        property("head: Int", on: HeadError.self, doc: "Head.") { e in .int(e.head) }
        property("keyOutput: Double", on: HeadError.self, doc: "‖o − o*‖/‖o‖ with keys quantised alone.") { e in .double(e.keyOutput) }
        property("valueOutput: Double", on: HeadError.self, doc: "‖o − o*‖/‖o‖ with values quantised alone.") { e in .double(e.valueOutput) }
        property("keyLogits: Double", on: HeadError.self, doc: "Relative error of the logits qKᵀ/√h with keys quantised.") { e in .double(e.keyLogits) }
        property("keyWeights: Double", on: HeadError.self, doc: "Relative error of A = softmax with keys quantised.") { e in .double(e.keyWeights) }
        property("keyInput: Double", on: HeadError.self, doc: "Relative error of K itself.") { e in .double(e.keyInput) }
        property("valueInput: Double", on: HeadError.self, doc: "Relative error of V itself.") { e in .double(e.valueInput) }
        property("attentionTerm: Double", on: HeadError.self, doc: "‖(A − A*)V‖/‖o‖ with both quantised.") { e in .double(e.attentionTerm) }
        property("valueTerm: Double", on: HeadError.self, doc: "‖A*E_v‖/‖o‖ with both quantised.") { e in .double(e.valueTerm) }
        property("total: Double", on: HeadError.self, doc: "‖o − o*‖/‖o‖ with both quantised.") { e in .double(e.total) }
        property("description: String", on: HeadError.self, doc: "One line.") { e in
            .string("layer \(e.layer) head \(e.head): keys \(fmt4(e.keyOutput)), values \(fmt4(e.valueOutput))")
        }
        builtinType("AsymKVPlots", doc: "Figures of the AsymKV analysis: AsymKVPlots.errors(rows) and AsymKVPlots.sweep(rows).")
        staticMethod("errors(_ rows: [HeadError]) -> Figure", on: "AsymKVPlots",
                     doc: "Attention-output error per layer (mean over heads; heads as points): keys alone vs values alone.") { a in
            let rows = try a.sequence(0).map { v -> HeadError in
                guard let e = v.native(as: HeadError.self) else { throw RuntimeError.type("errors: expected [HeadError], found \(typeName(v))") }
                return e
            }
            let layers = (rows.map(\.layer).max() ?? -1) + 1
            let fig = Figure(width: 640, height: 420)
            let xs = (0..<layers).map(Double.init)
            func mean(_ l: Int, _ k: KeyPath<HeadError, Double>) -> Double {
                let r = rows.filter { $0.layer == l }
                return r.map { $0[keyPath: k] }.reduce(0, +) / Double(max(r.count, 1))
            }
            try fig.axes.line(xs, xs.map { mean(Int($0), \.keyOutput) }, label: "keys quantised")
            try fig.axes.line(xs, xs.map { mean(Int($0), \.valueOutput) }, label: "values quantised")
            try fig.axes.scatter(rows.map { Double($0.layer) }, rows.map(\.keyOutput), size: 4)
            try fig.axes.scatter(rows.map { Double($0.layer) }, rows.map(\.valueOutput), size: 4)
            fig.axes.xLabel = "layer"
            fig.axes.yLabel = "‖o − o*‖ / ‖o‖"
            return a.wrap(fig)
        }
        staticMethod("sweep(_ rows: [SweepResult]) -> Figure", on: "AsymKVPlots",
                     doc: "Perplexity against l for AsymKV-l/0 and AsymKV-0/l, with float and KIVI as lines.") { a in
            let rows = try a.sequence(0).map { v -> SweepResult in
                guard let r = v.native(as: SweepResult.self) else { throw RuntimeError.type("sweep: expected [SweepResult], found \(typeName(v))") }
                return r
            }
            func series(_ name: (Int) -> String) -> [SweepResult] {
                var out: [SweepResult] = []
                while let r = rows.first(where: { $0.name == name(out.count) }) { out.append(r) }
                return out
            }
            let k = series { "AsymKV-\($0)/0" }, v = series { "AsymKV-0/\($0)" }
            let fig = Figure(width: 640, height: 420)
            try fig.axes.line(k.indices.map(Double.init), k.map(\.perplexity), label: "AsymKV-l/0")
            try fig.axes.line(v.indices.map(Double.init), v.map(\.perplexity), label: "AsymKV-0/l")
            if let f = rows.first(where: { $0.name == "float" }) { fig.axes.horizontalLine(at: f.perplexity, label: "float") }
            if let q = rows.first(where: { $0.name.hasPrefix("KIVI") }) { fig.axes.horizontalLine(at: q.perplexity, label: q.name, style: .dotted) }
            fig.axes.xLabel = "l (layers with 2-bit keys / values)"
            fig.axes.yLabel = "held-out perplexity"
            return a.wrap(fig)
        }
    }

    static func optionalInt(_ v: Value, _ what: String) throws -> Int? {
        guard let v = LibraryValues.optional(v) else { return nil }
        guard case .int(let i) = v else { throw RuntimeError.type("\(what): expected Int, got \(typeName(v))") }
        return i
    }

    static func optionalConfig(_ v: Value) throws -> KVQuantConfig? {
        guard let v = LibraryValues.optional(v) else { return nil }
        guard let c = v.native(as: KVQuantConfig.self) else { throw RuntimeError.type("cache: expected KVQuantConfig, got \(typeName(v))") }
        return c
    }
}

private func fmt4(_ x: Double) -> String { String(format: "%.4f", x) }
