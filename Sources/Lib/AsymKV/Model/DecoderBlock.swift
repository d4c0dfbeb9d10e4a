import Foundation
import Lib

/// One pre-norm decoder layer: x + Attn(LN(x)), then x + MLP(LN(x)).
///
/// Attention projections are fused: `qkv` maps d → 3d (queries, keys, values, each split into heads).
public final class DecoderBlock: Module {
    /// Norm before attention.
    public let norm1: LayerNorm
    /// Fused query/key/value projection, [d, 3d].
    public let qkv: Linear
    /// Attention output projection, [d, d].
    public let proj: Linear
    /// Norm before the MLP.
    public let norm2: LayerNorm
    /// MLP up projection, [d, ratio·d].
    public let up: Linear
    /// MLP down projection, [ratio·d, d].
    public let down: Linear
    /// Heads.
    public let heads: Int
    /// Unused; part of ``Module``.
    public var isTraining = true

    /// A block of width `dimension` with seeded initial weights.
    public init(dimension d: Int, heads: Int, mlpRatio: Int, layers: Int, seed: Int) {
        self.heads = heads
        norm1 = LayerNorm(d)
        norm2 = LayerNorm(d)
        qkv = Linear(d, 3 * d, seed: seed &+ 1)
        proj = Linear(d, d, seed: seed &+ 2)
        up = Linear(d, mlpRatio * d, seed: seed &+ 3)
        down = Linear(mlpRatio * d, d, seed: seed &+ 4)
        // GPT-2 style: residual projections scaled by 1/√(2·layers) for stable depth.
        let shrink = 1 / Foundation.sqrt(2 * Double(layers))
        for p in [proj.weight, down.weight] { try? p.assign(p.detached() * shrink) }
    }

    /// Named parameters in a fixed order.
    public func namedParameters(prefix: String) -> [(String, Parameter)] {
        var out: [(String, Parameter)] = []
        for (name, m) in [("norm1", norm1 as Module), ("qkv", qkv), ("proj", proj), ("norm2", norm2), ("up", up), ("down", down)] {
            for p in m.parameters() { out.append(("\(prefix).\(name).\(p.name)", p)) }
        }
        return out
    }

    /// All parameters.
    public func parameters() -> [Parameter] { namedParameters(prefix: "").map { $0.1 } }

    /// Training forward with autodiff. x [B, T, d]; `mask` [T, T] additive causal mask.
    func forward(_ x: Tensor, mask: Tensor) throws -> Tensor {
        let b = x.shape[0], t = x.shape[1], d = x.shape[2], hd = d / heads
        let fused = try qkv(norm1(x))  // [B, T, 3d]
        func split(_ i: Int) throws -> Tensor {
            try fused.slice(axis: 2, (i * d)..<((i + 1) * d)).reshaped([b, t, heads, hd]).permuted([0, 2, 1, 3])
        }
        let q = try split(0), k = try split(1), v = try split(2)
        let scores = try q.matmul(k.permuted([0, 1, 3, 2])) * (1 / Foundation.sqrt(Double(hd))) + mask
        let attention = try scores.softmax(axis: -1)
        let context = try attention.matmul(v).permuted([0, 2, 1, 3]).reshaped([b, t, d])
        let h = try x + proj(context)
        return try h + down(up(norm2(h)).gelu())
    }
}
