import Foundation

/// Adam (Kingma & Ba 2015) with PyTorch's update; weight decay is added to the
/// gradient (L2). ``AdamW`` decouples it.
///
/// m ← β₁m + (1−β₁)g; v ← β₂v + (1−β₂)g²;
/// w ← w − (lr / (1−β₁ᵗ)) · m / (√v / √(1−β₂ᵗ) + ε).
public class Adam: Optimizer {
    /// Decay rates of the first and second moments.
    public let betas: (Double, Double)
    /// Added to the denominator.
    public let epsilon: Double
    var decoupled: Bool { false }

    /// One group for all parameters.
    public init(_ parameters: [Parameter], lr: Double = 1e-3, betas: (Double, Double) = (0.9, 0.999),
                epsilon: Double = 1e-8, weightDecay: Double = 0) {
        self.betas = betas
        self.epsilon = epsilon
        super.init(groups: [ParameterGroup(parameters, lr: lr, weightDecay: weightDecay)])
    }

    /// Several groups with their own learning rates and weight decays.
    public init(_ groups: [ParameterGroup], betas: (Double, Double) = (0.9, 0.999), epsilon: Double = 1e-8) {
        self.betas = betas
        self.epsilon = epsilon
        super.init(groups: groups)
    }

    override func update32(_ w: inout [Float], _ g: [Float], _ state: inout [TensorStorage], group: ParameterGroup) {
        kernel(&w, g, &state, group: group)
    }

    override func update64(_ w: inout [Double], _ g: [Double], _ state: inout [TensorStorage], group: ParameterGroup) {
        kernel(&w, g, &state, group: group)
    }

    @inline(__always)
    private func kernel<T: TensorScalar>(_ w: inout [T], _ g: [T], _ state: inout [TensorStorage], group: ParameterGroup) {
        let n = w.count
        var m: [T], v: [T], t: Double
        if state.isEmpty {
            m = [T](repeating: 0, count: n); v = [T](repeating: 0, count: n); t = 0
        } else {
            m = state[0].array(T.self); v = state[1].array(T.self); t = state[2].doubles[0]
        }
        state = []
        t += 1
        let b1 = T(betas.0), b2 = T(betas.1), c1 = 1 - b1, c2 = 1 - b2
        let bc1 = 1 - Foundation.pow(betas.0, t), bc2 = 1 - Foundation.pow(betas.1, t)
        let stepSize = T(group.lr / bc1), invSqrtBC2 = T(1 / bc2.squareRoot()), eps = T(epsilon)
        let wd = T(group.weightDecay), decay = T(1 - group.lr * group.weightDecay)
        let decoupled = self.decoupled
        let wdApplied = decoupled ? 0 : wd, decayApplied: T = decoupled ? decay : 1
        w.withUnsafeMutableBufferPointer { pw in
            m.withUnsafeMutableBufferPointer { pm in
                v.withUnsafeMutableBufferPointer { pv in
                    g.withUnsafeBufferPointer { pg in
                        guard n > 0, let w0 = pw.baseAddress, let m0 = pm.baseAddress, let v0 = pv.baseAddress,
                              let g0 = pg.baseAddress else { return }
                        Parallel.forRanges(n) { range in
                            // eight lanes at a time, then the tail
                            var i = range.lowerBound
                            while i + 8 <= range.upperBound {
                                var wv = UnsafeRawPointer(w0 + i).loadUnaligned(as: SIMD8<T>.self)
                                var d = UnsafeRawPointer(g0 + i).loadUnaligned(as: SIMD8<T>.self)
                                wv *= decayApplied
                                d += wdApplied * wv
                                let mv = b1 * UnsafeRawPointer(m0 + i).loadUnaligned(as: SIMD8<T>.self) + c1 * d
                                let vv = b2 * UnsafeRawPointer(v0 + i).loadUnaligned(as: SIMD8<T>.self) + c2 * d * d
                                wv -= stepSize * mv / (vv.squareRoot() * invSqrtBC2 + eps)
                                UnsafeMutableRawPointer(m0 + i).storeBytes(of: mv, as: SIMD8<T>.self)
                                UnsafeMutableRawPointer(v0 + i).storeBytes(of: vv, as: SIMD8<T>.self)
                                UnsafeMutableRawPointer(w0 + i).storeBytes(of: wv, as: SIMD8<T>.self)
                                i += 8
                            }
                            while i < range.upperBound {
                                w0[i] *= decayApplied
                                let d = g0[i] + wdApplied * w0[i]
                                m0[i] = b1 * m0[i] + c1 * d
                                v0[i] = b2 * v0[i] + c2 * d * d
                                w0[i] -= stepSize * m0[i] / (v0[i].squareRoot() * invSqrtBC2 + eps)
                                i += 1
                            }
                        }
                    }
                }
            }
        }
        state = [T.wrap(m), T.wrap(v), .f64([t])]
    }
}

/// AdamW (Loshchilov & Hutter 2019): Adam with decoupled weight decay,
/// w ← w·(1 − lr·λ) before the Adam update. Default λ = 0.01 as in PyTorch.
public final class AdamW: Adam {
    override var decoupled: Bool { true }

    /// One group for all parameters.
    public override init(_ parameters: [Parameter], lr: Double = 1e-3, betas: (Double, Double) = (0.9, 0.999),
                         epsilon: Double = 1e-8, weightDecay: Double = 0.01) {
        super.init(parameters, lr: lr, betas: betas, epsilon: epsilon, weightDecay: weightDecay)
    }

    /// Several groups with their own learning rates and weight decays.
    public override init(_ groups: [ParameterGroup], betas: (Double, Double) = (0.9, 0.999), epsilon: Double = 1e-8) {
        super.init(groups, betas: betas, epsilon: epsilon)
    }
}
