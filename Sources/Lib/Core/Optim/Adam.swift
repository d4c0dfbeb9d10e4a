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
                        let k = AdamStep(b1: b1, b2: b2, c1: c1, c2: c2, stepSize: stepSize, invSqrtBC2: invSqrtBC2,
                                         eps: eps, weightDecay: wdApplied, decay: decayApplied)
                        Parallel.forRanges(n) { range in
                            if T.self == Float.self {  // concrete code keeps the square roots inline
                                adamRangeFloat(k.float, w0.float, m0.float, v0.float, UnsafeMutablePointer(mutating: g0).float, range)
                            } else {
                                adamRange(k, w0, m0, v0, g0, range)
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

// MARK: - Update loops

/// The per-step constants of an Adam update.
struct AdamStep<T: TensorScalar> {
    let b1: T, b2: T, c1: T, c2: T, stepSize: T, invSqrtBC2: T, eps: T, weightDecay: T, decay: T

    /// The same constants as float32.
    var float: AdamStep<Float> {
        AdamStep<Float>(b1: Float(b1), b2: Float(b2), c1: Float(c1), c2: Float(c2), stepSize: Float(stepSize),
                        invSqrtBC2: Float(invSqrtBC2), eps: Float(eps), weightDecay: Float(weightDecay), decay: Float(decay))
    }
}

extension UnsafeMutablePointer where Pointee: TensorScalar {
    /// The same memory viewed as float32 (callers check that Pointee is Float).
    var float: UnsafeMutablePointer<Float> { UnsafeMutableRawPointer(self).assumingMemoryBound(to: Float.self) }
}

/// Adam on w[range] (any element type).
@inline(__always)
func adamRange<T: TensorScalar>(_ k: AdamStep<T>, _ w: UnsafeMutablePointer<T>, _ m: UnsafeMutablePointer<T>,
                                _ v: UnsafeMutablePointer<T>, _ g: UnsafePointer<T>, _ range: Range<Int>) {
    for i in range {
        w[i] *= k.decay
        let d = g[i] + k.weightDecay * w[i]
        m[i] = k.b1 * m[i] + k.c1 * d
        v[i] = k.b2 * v[i] + k.c2 * d * d
        w[i] -= k.stepSize * m[i] / (v[i].squareRoot() * k.invSqrtBC2 + k.eps)
    }
}

/// Adam on w[range] for float32, eight lanes at a time (written for the concrete type; the square
/// roots use the packed SSE instruction, which Swift's per-lane `SIMD.squareRoot()` does not become).
/// Same IEEE operations in the same order as the scalar form, so the same results.
func adamRangeFloat(_ k: AdamStep<Float>, _ w: UnsafeMutablePointer<Float>, _ m: UnsafeMutablePointer<Float>,
                    _ v: UnsafeMutablePointer<Float>, _ g: UnsafeMutablePointer<Float>, _ range: Range<Int>) {
    var i = range.lowerBound
    while i + 8 <= range.upperBound {
        var wv = UnsafeRawPointer(w + i).loadUnaligned(as: SIMD8<Float>.self)
        var d = UnsafeRawPointer(g + i).loadUnaligned(as: SIMD8<Float>.self)
        wv *= k.decay
        d += k.weightDecay * wv
        let mv = k.b1 * UnsafeRawPointer(m + i).loadUnaligned(as: SIMD8<Float>.self) + k.c1 * d
        let vv = k.b2 * UnsafeRawPointer(v + i).loadUnaligned(as: SIMD8<Float>.self) + k.c2 * d * d
        wv -= k.stepSize * mv / (packedSquareRoot(vv) * k.invSqrtBC2 + k.eps)
        UnsafeMutableRawPointer(m + i).storeBytes(of: mv, as: SIMD8<Float>.self)
        UnsafeMutableRawPointer(v + i).storeBytes(of: vv, as: SIMD8<Float>.self)
        UnsafeMutableRawPointer(w + i).storeBytes(of: wv, as: SIMD8<Float>.self)
        i += 8
    }
    adamRange(k, w, m, v, UnsafePointer(g), i..<range.upperBound)
}
