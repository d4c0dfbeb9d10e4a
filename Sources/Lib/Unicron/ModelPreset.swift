import Foundation

/// A transformer language model's shape: what the performance and memory models need.
public struct ModelPreset: Sendable, Equatable, CustomStringConvertible {
    /// Display name, e.g. "GPT-3 13B".
    public let name: String
    /// Parameter count.
    public let parameters: Double
    /// Transformer layers (pipeline stages must divide this).
    public let layers: Int
    /// Hidden size.
    public let hidden: Int
    /// Sequence length in tokens.
    public let sequenceLength: Int
    /// Global batch in sequences, fixed whatever the number of GPUs.
    public let globalBatch: Int

    /// Creates a model description; throws when a size is not positive.
    public init(name: String, parameters: Double, layers: Int, hidden: Int, sequenceLength: Int = 2048, globalBatch: Int) throws {
        guard parameters > 0, layers > 0, hidden > 0, sequenceLength > 0, globalBatch > 0 else {
            throw UnicronError("ModelPreset '\(name)': parameters, layers, hidden, sequenceLength and globalBatch must be positive")
        }
        self.name = name; self.parameters = parameters; self.layers = layers; self.hidden = hidden
        self.sequenceLength = sequenceLength; self.globalBatch = globalBatch
    }

    private init(_ name: String, _ p: Double, _ l: Int, _ h: Int, _ batchTokens: Double) {
        self.name = name; parameters = p; layers = l; hidden = h; sequenceLength = 2048
        globalBatch = Int(batchTokens / 2048)
    }

    /// The GPT-3 family (Brown et al. 2020, Table 2.1): sizes, layers, hidden sizes and batch sizes in tokens.
    public static let gpt3_1_3B = ModelPreset("GPT-3 1.3B", 1.3e9, 24, 2048, 1_048_576)
    /// GPT-3 2.7B.
    public static let gpt3_2_7B = ModelPreset("GPT-3 2.7B", 2.7e9, 32, 2560, 1_048_576)
    /// GPT-3 6.7B.
    public static let gpt3_6_7B = ModelPreset("GPT-3 6.7B", 6.7e9, 32, 4096, 2_097_152)
    /// GPT-3 13B.
    public static let gpt3_13B = ModelPreset("GPT-3 13B", 13e9, 40, 5120, 2_097_152)
    /// GPT-3 175B.
    public static let gpt3_175B = ModelPreset("GPT-3 175B", 175e9, 96, 12288, 3_145_728)
    /// The presets, smallest first.
    public static let gpt3Family: [ModelPreset] = [gpt3_1_3B, gpt3_2_7B, gpt3_6_7B, gpt3_13B, gpt3_175B]

    /// A preset by name: "1.3B", "2.7B", "6.7B", "13B", "175B" (with or without "GPT-3 ").
    public static func gpt3(_ size: String) throws -> ModelPreset {
        let key = size.replacingOccurrences(of: "GPT-3 ", with: "").uppercased()
        guard let p = gpt3Family.first(where: { $0.name.hasSuffix(" " + key) }) else {
            throw UnicronError("no GPT-3 preset '\(size)': expected one of 1.3B, 2.7B, 6.7B, 13B, 175B")
        }
        return p
    }

    /// Bytes of training state per parameter with mixed-precision Adam: fp16 weights and gradients,
    /// fp32 master weights and two moments (2 + 2 + 12).
    public static let stateBytesPerParameter: Double = 16
    /// All training state (weights and optimizer) in bytes.
    public var stateBytes: Double { parameters * ModelPreset.stateBytesPerParameter }
    public var description: String { name }
}
