/// Stochastic gradient descent with optional momentum (PyTorch semantics):
/// g ← g + λw; b ← μb + g (b = g at the first step); w ← w − lr·b
/// (Nesterov: w ← w − lr·(g + μb)).
public final class SGD: Optimizer {
    /// Momentum factor μ (0 disables momentum).
    public let momentum: Double
    /// Nesterov momentum.
    public let nesterov: Bool

    /// One group for all parameters.
    public init(_ parameters: [Parameter], lr: Double, momentum: Double = 0, weightDecay: Double = 0, nesterov: Bool = false) {
        self.momentum = momentum
        self.nesterov = nesterov
        super.init(groups: [ParameterGroup(parameters, lr: lr, weightDecay: weightDecay)])
    }

    /// Several groups with their own learning rates and weight decays.
    public init(_ groups: [ParameterGroup], momentum: Double = 0, nesterov: Bool = false) {
        self.momentum = momentum
        self.nesterov = nesterov
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
        let lr = T(group.lr), wd = T(group.weightDecay), mu = T(momentum)
        let n = w.count
        if momentum == 0 {
            for i in 0..<n { w[i] -= lr * (g[i] + wd * w[i]) }
            return
        }
        let first = state.isEmpty
        var buf: [T] = first ? [T](repeating: 0, count: n) : state[0].array(T.self)
        for i in 0..<n {
            let d = g[i] + wd * w[i]
            buf[i] = first ? d : mu * buf[i] + d
            w[i] -= lr * (nesterov ? d + mu * buf[i] : buf[i])
        }
        state = [T.wrap(buf)]
    }
}
