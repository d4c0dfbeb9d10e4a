import Foundation

/// The primitive operations autodiff knows, each with what its derivative rule needs.
///
/// Everything differentiable in the library is one of these or a composition of
/// them (layer norm, losses, dropout…), so composite operations differentiate
/// for free, as in tinygrad.
enum Primitive {
    case convert
    case unary(UnaryOp)
    case binary(BinaryOp)
    case reshape
    case permute([Int])
    case broadcast
    case sumAll
    case sumAxis(axis: Int, keepDims: Bool)
    case maxAxis(axis: Int, keepDims: Bool, indices: [Int])
    case matmul
    case linear
    case slice(axis: Int, start: Int, length: Int)
    case indexSelect(axis: Int, indices: [Int], length: Int)
    case scatterAdd(axis: Int, indices: [Int])
    case gather(axis: Int, indices: [Int], length: Int)
    case concat(axis: Int, sizes: [Int])
    case select(mask: [Bool])
    case softmax(axis: Int)
    case logSoftmax(axis: Int)
    case spmm(SparseMatrix)
    case batchNorm(rowWeights: [Double]?, statistics: BatchStatistics, epsilon: Double)
}

/// The one table of derivative rules: for each primitive, the vector-Jacobian
/// product mapping the output's gradient to each input's gradient.
enum DerivativeRules {
    /// Gradients of `inputs` given the gradient `g` of `output`; `nil` where not needed.
    static func vjp(_ op: Primitive, inputs x: [Tensor], output y: Tensor, grad g: Tensor,
                    needs: [Bool]) throws -> [Tensor?] {
        switch op {
        case .convert:
            return [g.converted(to: x[0].dtype)]

        case .unary(let u):
            return [try unaryVJP(u, x[0], y, g)]

        case .binary(let b):
            let (a, c) = (x[0], x[1])
            var ga: Tensor?, gc: Tensor?
            switch b {
            case .add:
                ga = g; gc = g
            case .sub:
                ga = g; gc = needs[1] ? -g : nil
            case .mul:
                ga = needs[0] ? try g * c : nil
                gc = needs[1] ? try g * a : nil
            case .div:
                ga = needs[0] ? try g / c : nil
                gc = needs[1] ? try -(g * a) / c.square() : nil
            case .maximum, .minimum:
                let takeA = b == .maximum ? try a.greaterEqual(c) : try a.lessEqual(c)
                ga = needs[0] ? try g * takeA : nil
                gc = needs[1] ? try g * (1 - takeA) : nil
            default:
                throw TensorError.invalidArgument(op: "backward", message: "comparison \(b) has no derivative")
            }
            return [try ga?.sumToShape(a.shape), try gc?.sumToShape(c.shape)]

        case .reshape:
            return [try g.reshaped(x[0].shape)]

        case .permute(let dims):
            var inverse = [Int](repeating: 0, count: dims.count)
            for (i, d) in dims.enumerated() { inverse[d] = i }
            return [try g.permuted(inverse)]

        case .broadcast:
            return [try g.sumToShape(x[0].shape)]

        case .sumAll:
            return [try g.reshaped([]).broadcast(to: x[0].shape)]

        case let .sumAxis(axis, keepDims):
            var kept = x[0].shape
            kept[axis] = 1
            let gk = keepDims ? g : try g.reshaped(kept)
            return [try gk.broadcast(to: x[0].shape)]

        case let .maxAxis(axis, _, indices):
            let (outer, len, inner) = x[0].split(at: axis)
            // indices hold the position of each maximum within the axis
            let s: TensorStorage
            switch g.storage {
            case .f32(let d): s = .f32(scatterAlongKernel(d, outer, len, inner, indices, 1))
            case .f64(let d): s = .f64(scatterAlongKernel(d, outer, len, inner, indices, 1))
            }
            return [Tensor(shape: x[0].shape, storage: s)]

        case .matmul:
            let (a, b) = (x[0], x[1])
            var ga: Tensor?, gb: Tensor?
            if needs[0] {
                let p = Tensor.product(g, false, b, true)
                ga = a.rank == 2 && p.rank > 2 ? try p.sumToShape(a.shape) : p
            }
            if needs[1] {
                if b.rank == 2 && a.rank > 2 {
                    let k = a.shape[a.rank - 1], n = g.shape[g.rank - 1]
                    gb = Tensor.product(try a.reshaped([-1, k]), true, try g.reshaped([-1, n]), false)
                } else {
                    gb = Tensor.product(a, true, g, false)
                }
            }
            return [ga, gb]

        case .linear:  // y = x·W + b with x folded to [rows, in]
            let (x0, w) = (x[0], x[1])
            let inFeatures = w.shape[0], outFeatures = w.shape[1]
            let g2 = try g.reshaped([-1, outFeatures])
            let gx = needs[0] ? try Tensor.product(g2, false, w, true).reshaped(x0.shape) : nil
            let gw = needs[1] ? Tensor.product(try x0.reshaped([-1, inFeatures]), true, g2, false) : nil
            let gb = needs[2] ? try g2.sum(axis: 0).reshaped(x[2].shape) : nil
            return [gx, gw, gb]

        case let .slice(axis, start, length):
            let (outer, _, inner) = x[0].split(at: axis)
            let k = g.shape[axis]
            let s: TensorStorage
            switch g.storage {
            case .f32(let d): s = .f32(padKernel(d, outer, k, inner, start, length))
            case .f64(let d): s = .f64(padKernel(d, outer, k, inner, start, length))
            }
            return [Tensor(shape: x[0].shape, storage: s)]

        case let .indexSelect(axis, indices, length):
            return [try g.scatterAdd(indices, count: length, axis: axis)]

        case let .scatterAdd(axis, indices):
            return [try g.indexSelect(indices, axis: axis)]

        case let .gather(axis, indices, length):
            let (outer, _, inner) = x[0].split(at: axis)
            let k = g.shape[axis]
            let s: TensorStorage
            switch g.storage {
            case .f32(let d): s = .f32(scatterAlongKernel(d, outer, length, inner, indices, k))
            case .f64(let d): s = .f64(scatterAlongKernel(d, outer, length, inner, indices, k))
            }
            return [Tensor(shape: x[0].shape, storage: s)]

        case let .concat(axis, sizes):
            var start = 0
            var grads: [Tensor?] = []
            for (i, size) in sizes.enumerated() {
                grads.append(needs[i] ? try g.slice(axis: axis, start..<(start + size)) : nil)
                start += size
            }
            return grads

        case .select(let mask):
            let m = Tensor(shape: g.shape, storage: .from(mask.map { $0 ? 1 : 0 }, g.dtype))
            return [needs[0] ? try g * m : nil, needs[1] ? try g * (1 - m) : nil]

        case .softmax(let axis):
            let dot = try (g * y).sum(axis: axis, keepDims: true)
            return [try y * (g - dot)]

        case .logSoftmax(let axis):
            let total = try g.sum(axis: axis, keepDims: true)
            return [try g - y.exp() * total]

        case .spmm(let a):
            return [a.transposed.product(g)]

        case let .batchNorm(rowWeights, statistics, epsilon):
            let (x0, gamma) = (x[0], x[1])
            let rows = x0.shape[0], f = x0.shape[1]
            switch (x0.storage, g.storage, gamma.storage) {
            case let (.f32(xs), .f32(gs), .f32(gm)):
                let r = batchNormBackward(xs, gs, rows, f, gm, statistics, rowWeights, epsilon)
                return [Tensor(shape: x0.shape, storage: .f32(r.dx)), Tensor(shape: gamma.shape, storage: .f32(r.dGamma)),
                        Tensor(shape: x[2].shape, storage: .f32(r.dBeta))]
            case let (.f64(xs), .f64(gs), .f64(gm)):
                let r = batchNormBackward(xs, gs, rows, f, gm, statistics, rowWeights, epsilon)
                return [Tensor(shape: x0.shape, storage: .f64(r.dx)), Tensor(shape: gamma.shape, storage: .f64(r.dGamma)),
                        Tensor(shape: x[2].shape, storage: .f64(r.dBeta))]
            default:
                throw TensorError.dtypeMismatch(op: "backward", lhs: x0.dtype, rhs: g.dtype)
            }
        }
    }

    /// g · f′(x) for the elementwise primitives, in one fused pass.
    private static func unaryVJP(_ op: UnaryOp, _ x: Tensor, _ y: Tensor, _ g: Tensor) throws -> Tensor {
        if case .trigamma = op {
            throw TensorError.invalidArgument(op: "backward", message: "trigamma is not differentiable in this library")
        }
        let s: TensorStorage
        switch (x.storage, y.storage, g.storage) {
        case let (.f32(a), .f32(b), .f32(c)): s = .f32(unaryDerivativeKernel(op, a, b, c))
        case let (.f64(a), .f64(b), .f64(c)): s = .f64(unaryDerivativeKernel(op, a, b, c))
        default: throw TensorError.dtypeMismatch(op: "backward", lhs: x.dtype, rhs: g.dtype)
        }
        return Tensor(shape: x.shape, storage: s)
    }
}

/// Elementwise derivatives: out = g · f′(x), with y = f(x) available.
func unaryDerivativeKernel<T: TensorScalar>(_ op: UnaryOp, _ xa: [T], _ ya: [T], _ ga: [T]) -> [T] {
    let n = xa.count
    return xa.withUnsafeBufferPointer { x in ya.withUnsafeBufferPointer { y in ga.withUnsafeBufferPointer { g in
        unaryDerivativeLoop(op, x, y, g, n)
    } } }
}

@inline(__always)
private func unaryDerivativeLoop<T: TensorScalar>(_ op: UnaryOp, _ x: UnsafeBufferPointer<T>, _ y: UnsafeBufferPointer<T>,
                                                  _ g: UnsafeBufferPointer<T>, _ n: Int) -> [T] {
    makeArray(n) { (o: UnsafeMutableBufferPointer<T>) in
        switch op {
        case let .affine(scale, _):
            let a = T(scale)
            for i in 0..<n { o[i] = g[i] * a }
        case let .power(p):
            let e = T(p), e1 = T(p - 1)
            for i in 0..<n { o[i] = g[i] * e * (p == 2 ? x[i] : T.pow(x[i], e1)) }
        case .exp: for i in 0..<n { o[i] = g[i] * y[i] }
        case .log: for i in 0..<n { o[i] = g[i] / x[i] }
        case .sqrt: for i in 0..<n { o[i] = g[i] / (2 * y[i]) }
        case .abs: for i in 0..<n { o[i] = x[i] > 0 ? g[i] : (x[i] < 0 ? -g[i] : 0) }
        case .sign, .round, .floor: for i in 0..<n { o[i] = 0 }
        case .relu:  // g where x > 0, else 0 (a select, so NaN gradients at inactive units stay 0)
            if T.self == Float.self, let xs = x.baseAddress, let gs = g.baseAddress, let os = o.baseAddress {
                let xf = UnsafeRawPointer(xs).assumingMemoryBound(to: Float.self)
                let gf = UnsafeRawPointer(gs).assumingMemoryBound(to: Float.self)
                let of = UnsafeMutableRawPointer(os).assumingMemoryBound(to: Float.self)
                Parallel.forRanges(n, minimum: Parallel.minimumElementwise) { r in
                    reluBackwardFloat(xf + r.lowerBound, gf + r.lowerBound, of + r.lowerBound, r.count)
                }
            } else {
                for i in 0..<n { o[i] = x[i] > 0 ? g[i] : 0 }
            }
        case let .elu(alpha):
            let a = T(alpha)
            for i in 0..<n { o[i] = x[i] > 0 ? g[i] : g[i] * (y[i] + a) }
        case .gelu:
            let c = T(1 / (2 * Double.pi).squareRoot()), r = T(0.7071067811865476)
            for i in 0..<n {
                let cdf = 0.5 * (1 + T.erf(x[i] * r))
                o[i] = g[i] * (cdf + x[i] * c * T.exp(-0.5 * x[i] * x[i]))
            }
        case .tanh: for i in 0..<n { o[i] = g[i] * (1 - y[i] * y[i]) }
        case .sigmoid: for i in 0..<n { o[i] = g[i] * y[i] * (1 - y[i]) }
        case .softplus:
            for i in 0..<n { o[i] = g[i] * (x[i] >= 0 ? 1 / (1 + T.exp(-x[i])) : T.exp(x[i]) / (1 + T.exp(x[i]))) }
        case .lgamma: for i in 0..<n { o[i] = g[i] * T(digammaValue(Double(x[i]))) }
        case .digamma: for i in 0..<n { o[i] = g[i] * T(trigammaValue(Double(x[i]))) }
        case .trigamma: for i in 0..<n { o[i] = 0 }
        }
    }
}

/// Places a [outer, k, inner] block at offset `start` of a zero [outer, length, inner] tensor.
func padKernel<T: TensorScalar>(_ g: [T], _ outer: Int, _ k: Int, _ inner: Int, _ start: Int, _ length: Int) -> [T] {
    var out = [T](repeating: 0, count: outer * length * inner)
    let block = k * inner
    for o in 0..<outer {
        let dst = (o * length + start) * inner
        for i in 0..<block { out[dst + i] = g[o * block + i] }
    }
    return out
}

/// ReLU backward for float32 in eight-lane selects (written for the concrete type,
/// which the compiler vectorises; the generic form it does not).
func reluBackwardFloat(_ x: UnsafePointer<Float>, _ g: UnsafePointer<Float>, _ o: UnsafeMutablePointer<Float>, _ n: Int) {
    var i = 0
    while i + 8 <= n {
        let xv = UnsafeRawPointer(x + i).loadUnaligned(as: SIMD8<Float>.self)
        let gv = UnsafeRawPointer(g + i).loadUnaligned(as: SIMD8<Float>.self)
        UnsafeMutableRawPointer(o + i).storeBytes(of: gv.replacing(with: 0, where: xv .<= 0), as: SIMD8<Float>.self)
        i += 8
    }
    while i < n { o[i] = x[i] > 0 ? g[i] : 0; i += 1 }
}
