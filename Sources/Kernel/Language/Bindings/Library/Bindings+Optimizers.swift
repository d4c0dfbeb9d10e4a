import Lib

// MARK: - Optimizers: SGD, Adam, AdamW, learning-rate schedules

extension Bindings {
    /// The parameters to optimise: an array of Parameters, or a model (its parameters()).
    static func parameters(_ v: Value) throws -> [Parameter] {
        if case .native(let n) = v, let m = n.object as? Module { return m.parameters() }
        guard case .array(let xs) = v else { throw RuntimeError.type("expected [Parameter] or a model, got \(typeName(v))") }
        return try xs.enumerated().flatMap { i, x -> [Parameter] in
            if let p = x.native(as: Parameter.self) { return [p] }
            if case .native(let n) = x, let m = n.object as? Module { return m.parameters() }
            if x.native(as: Tensor.self) != nil {
                throw RuntimeError.type("element \(i) is a Tensor, not a Parameter; create trainable tensors with Parameter(...)")
            }
            throw RuntimeError.type("element \(i) is \(typeName(x)), not a Parameter")
        }
    }

    /// Registers the optimizer surface on one optimizer type.
    private func registerOptimizer<T: Optimizer>(_ swiftType: T.Type, name: String, doc: String) {
        type(swiftType, name: name, doc: doc)
        method("step()", on: swiftType, doc: "Updates every parameter from its gradient (call backward() first).") { o, _ in
            try o.step()
            return .void
        }
        method("zeroGrad()", on: swiftType, doc: "Clears the gradients of all parameters (gradients add up otherwise).") { o, _ in
            o.zeroGrad()
            return .void
        }
        property("stepCount: Int", on: swiftType, doc: "Steps taken so far.") { o in .int(o.stepCount) }
        property("lr: Double", on: swiftType, doc: "The learning rate (of the first parameter group).") { o in .double(o.groups.first?.lr ?? 0) }
        method("setLearningRate(_ lr: Double)", on: swiftType, doc: "Sets the learning rate of every group.") { o, a in
            let lr = try a.double(0)
            guard lr >= 0, lr.isFinite else { throw RuntimeError.value("learning rate must be a non-negative number, got \(lr)") }
            o.setLearningRate(lr)
            return .void
        }
    }

    func registerOptimizers() {
        registerOptimizer(SGD.self, name: "SGD", doc: "Stochastic gradient descent with optional momentum, Nesterov and weight decay.")
        initializer("init(_ parameters: [Parameter], lr: Double, momentum: Double = 0, weightDecay: Double = 0, nesterov: Bool = false)", on: "SGD",
                    doc: "SGD over parameters (or a model's parameters).") { a in
            a.wrap(SGD(try Bindings.parameters(a[0]), lr: try Bindings.rate(a.double(1)), momentum: try a.double(2),
                       weightDecay: try a.double(3), nesterov: try a.bool(4)))
        }
        registerOptimizer(Adam.self, name: "Adam", doc: "Adam (Kingma & Ba) with L2 weight decay added to the gradient.")
        initializer("init(_ parameters: [Parameter], lr: Double = 0.001, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 0.00000001, weightDecay: Double = 0)",
                    on: "Adam", doc: "Adam over parameters (or a model's parameters).") { a in
            a.wrap(Adam(try Bindings.parameters(a[0]), lr: try Bindings.rate(a.double(1)), betas: (try a.double(2), try a.double(3)),
                        epsilon: try a.double(4), weightDecay: try a.double(5)))
        }
        registerOptimizer(AdamW.self, name: "AdamW", doc: "Adam with decoupled weight decay (Loshchilov & Hutter).")
        initializer("init(_ parameters: [Parameter], lr: Double = 0.001, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 0.00000001, weightDecay: Double = 0.01)",
                    on: "AdamW", doc: "AdamW over parameters (or a model's parameters).") { a in
            a.wrap(AdamW(try Bindings.parameters(a[0]), lr: try Bindings.rate(a.double(1)), betas: (try a.double(2), try a.double(3)),
                         epsilon: try a.double(4), weightDecay: try a.double(5)))
        }
        type(StepLR.self, name: "StepLR", doc: "Multiplies the learning rate by gamma every stepSize epochs.")
        initializer("init(_ optimizer: Optimizer, stepSize: Int, gamma: Double = 0.1)", on: "StepLR", doc: "A step schedule for an optimizer.") { a in
            guard case .native(let n) = a[0], let o = n.object as? Optimizer else { throw RuntimeError.type("StepLR: expected an optimizer, got \(typeName(a[0]))") }
            let s = try a.int(1)
            guard s > 0 else { throw RuntimeError.value("StepLR: stepSize must be positive, got \(s)") }
            return a.wrap(StepLR(o, stepSize: s, gamma: try a.double(2)))
        }
        method("step()", on: StepLR.self, doc: "Advances one epoch (call once per epoch).") { s, _ in
            s.step()
            return .void
        }
    }

    /// A learning rate checked to be a non-negative finite number.
    static func rate(_ lr: Double) throws -> Double {
        guard lr >= 0, lr.isFinite else { throw RuntimeError.value("lr must be a non-negative number, got \(lr)") }
        return lr
    }
}
