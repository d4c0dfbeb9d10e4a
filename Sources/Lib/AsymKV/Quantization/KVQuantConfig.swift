/// How each layer's KV cache is stored: key and value bit widths per layer (nil = full precision),
/// KIVI group size G and residual window R.
///
/// ```swift
/// let kivi = try KVQuantConfig.kivi(bits: 2, layers: 4)
/// let asym = try KVQuantConfig.asymKV(keyLayers: 2, valueLayers: 0, layers: 4)   // AsymKV-2/0
/// ```
public struct KVQuantConfig: Sendable, Equatable, CustomStringConvertible {
    /// Key bits per layer (nil: float).
    public var keyBits: [Int?]
    /// Value bits per layer (nil: float).
    public var valueBits: [Int?]
    /// Group size G (tokens per key group, channels per value group).
    public var groupSize: Int
    /// Full-precision residual window R (a positive multiple of G).
    public var residual: Int
    /// A short name for tables ("float", "KIVI-2", "AsymKV-2/0").
    public var name: String
    /// How values leave the residual window (KIVI's FIFO by default).
    public var valueWindow: ValueWindow = .fifo

    /// The same configuration with values leaving the window in blocks of R, like keys
    /// (an ablation of KIVI's layout); the name gains " (block V window)".
    public func withBlockValueWindow() -> KVQuantConfig {
        var c = self
        c.valueWindow = .block
        c.name += " (block V window)"
        return c
    }

    /// A configuration from per-layer widths.
    /// - Throws: ``AsymKVError`` for unsupported widths, unequal layer counts or a bad G/R.
    public init(keyBits: [Int?], valueBits: [Int?], groupSize: Int = 32, residual: Int = 128, name: String? = nil) throws {
        guard keyBits.count == valueBits.count, !keyBits.isEmpty else {
            throw AsymKVError.invalidArgument("keyBits (\(keyBits.count) layers) and valueBits (\(valueBits.count) layers) must list the same, non-zero number of layers")
        }
        for b in keyBits + valueBits { if let b { try BitPacking.validate(bits: b) } }
        guard groupSize >= 1 else { throw AsymKVError.invalidArgument("groupSize \(groupSize) must be at least 1") }
        guard residual >= groupSize, residual % groupSize == 0 else {
            throw AsymKVError.invalidArgument("residual \(residual) must be a positive multiple of groupSize \(groupSize) (KIVI quantises keys R tokens at a time)")
        }
        self.keyBits = keyBits
        self.valueBits = valueBits
        self.groupSize = groupSize
        self.residual = residual
        self.name = name ?? "K\(keyBits.map { $0.map(String.init) ?? "f" }.joined(separator: ","))/V\(valueBits.map { $0.map(String.init) ?? "f" }.joined(separator: ","))"
    }

    /// Number of layers.
    public var layers: Int { keyBits.count }

    /// Everything in full precision.
    public static func float(layers: Int) throws -> KVQuantConfig {
        try checkLayerCount(layers)
        return try KVQuantConfig(keyBits: Array(repeating: nil, count: layers), valueBits: Array(repeating: nil, count: layers),
                          groupSize: 1, residual: 1, name: "float")
    }

    /// KIVI: keys and values of every layer at `bits`.
    public static func kivi(bits: Int, layers: Int, groupSize: Int = 32, residual: Int = 128) throws -> KVQuantConfig {
        try checkLayerCount(layers)
        return try KVQuantConfig(keyBits: Array(repeating: bits, count: layers), valueBits: Array(repeating: bits, count: layers),
                          groupSize: groupSize, residual: residual, name: "KIVI-\(bits)")
    }

    /// AsymKV-l_k/l_v: keys of the first `keyLayers` layers at `high` bits, later layers at `low`;
    /// values likewise with `valueLayers`. Default bit pair 2/1 as in the paper.
    public static func asymKV(keyLayers lk: Int, valueLayers lv: Int, layers: Int, high: Int = 2, low: Int = 1,
                              groupSize: Int = 32, residual: Int = 128) throws -> KVQuantConfig {
        try checkLayerCount(layers)
        guard (0...layers).contains(lk), (0...layers).contains(lv) else {
            throw AsymKVError.invalidArgument("AsymKV-\(lk)/\(lv): l_k and l_v must be in 0...\(layers) (the number of layers)")
        }
        let pair = high == 2 && low == 1 ? "" : "\(high)/\(low)-"
        return try KVQuantConfig(keyBits: (0..<layers).map { $0 < lk ? high : low },
                                 valueBits: (0..<layers).map { $0 < lv ? high : low },
                                 groupSize: groupSize, residual: residual, name: "AsymKV-\(pair)\(lk)/\(lv)")
    }

    /// The name.
    public var description: String { name }

    /// Layer counts a configuration can describe (a model has at least one layer; none has millions).
    static let layerRange = 1...4096

    private static func checkLayerCount(_ layers: Int) throws {
        guard layerRange.contains(layers) else {
            throw AsymKVError.invalidArgument("layers must be in \(layerRange.lowerBound)...\(layerRange.upperBound), got \(layers)")
        }
    }
}
