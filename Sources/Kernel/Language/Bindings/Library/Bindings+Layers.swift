import Lib

// MARK: - Layers and losses: Linear, MLP, Sequential, normalisation, dropout, GCNConv, Loss

extension Bindings {
    /// Registers the module surface (call, parameters, zeroGrad, modes) on one layer type.
    private func registerModule<T: Module>(_ swiftType: T.Type, name: String, doc: String, callable: Bool = true) {
        type(swiftType, name: name, doc: doc)
        if callable {
            method("callAsFunction(_ x: Tensor) -> Tensor", on: name, doc: "Applies the layer: layer(x).") { [unowned self] v, a in
                guard let layer = v.native(as: Layer.self) else { throw RuntimeError.type("a \(name) is not applied to a single tensor") }
                return self.wrap(try layer(try LibraryValues.tensor(a[0])))
            }
        }
        method("parameters() -> [Parameter]", on: swiftType, doc: "Every trainable parameter, in a fixed order.") { [unowned self] m, _ in
            .array(m.parameters().map { self.wrap($0) })
        }
        method("zeroGrad()", on: swiftType, doc: "Clears the gradients of all parameters.") { m, _ in
            m.zeroGrad()
            return .void
        }
        property("parameterCount: Int", on: swiftType, doc: "Total number of trainable scalars.") { m in .int(m.parameterCount) }
        property("isTraining: Bool", on: swiftType, doc: "True in training mode (dropout active, batch statistics).") { m in .bool(m.isTraining) }
        method("train()", on: swiftType, doc: "Switches to training mode.") { m, _ in
            m.train()
            return .void
        }
        method("eval()", on: swiftType, doc: "Switches to evaluation mode (no dropout, running statistics).") { m, _ in
            m.eval()
            return .void
        }
    }

    func registerLayers() {
        type(Activation.self, name: "Activation", doc: "A nonlinearity by name: .relu, .elu, .gelu, .tanh, .sigmoid, .identity.")
        for (name, act) in Bindings.activations {
            staticProperty("\(name): Activation", on: "Activation", doc: "The \(name) activation.") { [unowned self] in self.wrap(act) }
        }
        registerModule(Linear.self, name: "Linear", doc: "A fully connected layer y = x W + b with Glorot-initialised weights.")
        initializer("init(_ inFeatures: Int, _ outFeatures: Int, bias: Bool = true, seed: Int = 0)", on: "Linear",
                    doc: "A layer from inFeatures to outFeatures; the seed fixes the initial weights.") { a in
            let i = try a.int(0), o = try a.int(1)
            guard i > 0, o > 0 else { throw RuntimeError.value("Linear: sizes must be positive, got \(i) → \(o)") }
            try Bindings.checkElementCount(i, o, what: "Linear(\(i), \(o)) weights")
            return a.wrap(Linear(i, o, bias: try a.bool(2), seed: try a.int(3)))
        }
        property("weight: Parameter", on: Linear.self, doc: "The [in, out] weight matrix.") { [unowned self] l in self.wrap(l.weight) }
        property("bias: Parameter?", on: Linear.self, doc: "The bias, nil when created with bias: false.") { [unowned self] l in
            l.bias.map { .some(self.wrap($0)) } ?? .none
        }
        registerModule(MLP.self, name: "MLP", doc: "A multilayer perceptron: Linear layers with an activation (and optional dropout) between them.")
        initializer("init(_ sizes: [Int], activation: Activation = .relu, dropout: Double = 0, seed: Int = 0)", on: "MLP",
                    doc: "An MLP with layer sizes [input, hidden…, output]; activation .relu, .gelu, .tanh… (or its name).") { a in
            let sizes = try LibraryValues.ints(a[0], what: "sizes")
            if let bad = sizes.first(where: { $0 <= 0 }) { throw RuntimeError.value("MLP: sizes must be positive, got \(bad) in \(sizes)") }
            let p = try a.double(2)
            guard p >= 0, p < 1 else { throw RuntimeError.value("MLP: dropout must be in [0, 1), got \(p)") }
            return a.wrap(try MLP(sizes, activation: try Bindings.activation(a[1]), dropout: p, seed: try a.int(3)))
        }
        property("layers: [Linear]", on: MLP.self, doc: "The Linear layers.") { [unowned self] m in .array(m.layers.map { self.wrap($0) }) }
        registerModule(Sequential.self, name: "Sequential", doc: "Layers applied one after another.")
        initializer("init(_ layers: [Layer])", on: "Sequential", doc: "Chains layers (Linear, MLP, Dropout, LayerNorm, ActivationLayer…).") { a in
            let layers = try a.sequence(0).enumerated().map { i, v -> Layer in
                guard case .native(let n) = v, let l = n.object as? Layer else { throw RuntimeError.type("Sequential: element \(i) is \(typeName(v)), not a layer") }
                return l
            }
            return a.wrap(Sequential(layers))
        }
        registerModule(ActivationLayer.self, name: "ActivationLayer", doc: "An activation as a layer, for Sequential.")
        initializer("init(_ activation: Activation)", on: "ActivationLayer", doc: "The activation as a layer.") { a in
            a.wrap(ActivationLayer(try Bindings.activation(a[0])))
        }
        registerModule(Dropout.self, name: "Dropout", doc: "Zeroes each element with probability p while training (scaling the rest by 1/(1-p)).")
        initializer("init(_ p: Double, seed: Int = 0)", on: "Dropout", doc: "Dropout with probability p and a seed.") { a in
            let p = try a.double(0)
            guard p >= 0, p < 1 else { throw RuntimeError.value("Dropout: p must be in [0, 1), got \(p)") }
            return a.wrap(Dropout(p, seed: try a.int(1)))
        }
        registerModule(LayerNorm.self, name: "LayerNorm", doc: "Normalises the last axis to mean 0, variance 1, then scales and shifts.")
        initializer("init(_ features: Int, epsilon: Double = 0.00001)", on: "LayerNorm", doc: "Layer normalisation over `features`.") { a in
            let n = try a.int(0)
            guard n > 0 else { throw RuntimeError.value("LayerNorm: features must be positive, got \(n)") }
            try Bindings.checkElementCount(n, 4, what: "LayerNorm(\(n))")
            return a.wrap(LayerNorm(n, epsilon: try a.double(1)))
        }
        registerModule(BatchNorm.self, name: "BatchNorm", doc: "Normalises each feature over the batch (running statistics in eval mode).")
        initializer("init(_ features: Int, momentum: Double = 0.1, epsilon: Double = 0.00001)", on: "BatchNorm", doc: "Batch normalisation over `features`.") { a in
            let n = try a.int(0)
            guard n > 0 else { throw RuntimeError.value("BatchNorm: features must be positive, got \(n)") }
            try Bindings.checkElementCount(n, 6, what: "BatchNorm(\(n))")
            return a.wrap(BatchNorm(n, momentum: try a.double(1), epsilon: try a.double(2)))
        }
        registerModule(GCNConv.self, name: "GCNConv", doc: "A graph convolution (Kipf & Welling): D^-1/2 (A + I) D^-1/2 X W.", callable: false)
        initializer("init(_ inFeatures: Int, _ outFeatures: Int, seed: Int = 0)", on: "GCNConv", doc: "A GCN layer from inFeatures to outFeatures.") { a in
            let i = try a.int(0), o = try a.int(1)
            guard i > 0, o > 0 else { throw RuntimeError.value("GCNConv: sizes must be positive, got \(i) → \(o)") }
            try Bindings.checkElementCount(i, o, what: "GCNConv(\(i), \(o)) weights")
            return a.wrap(GCNConv(i, o, seed: try a.int(2)))
        }
        method("callAsFunction(_ x: Tensor, graph: Graph) -> Tensor", on: GCNConv.self, doc: "Applies the layer to node features on a graph: conv(x, graph: g).") { c, a in
            a.wrap(try c(try LibraryValues.tensor(a[0]), graph: try a.native(1, as: Graph.self)))
        }
        registerModule(GINConv.self, name: "GINConv", doc: "A graph isomorphism layer (Xu et al.): MLP((1 + ε) x_i + Σ_j x_j).", callable: false)
        initializer("init(_ mlp: Layer, epsilon: Double = 0, trainEpsilon: Bool = false)", on: "GINConv",
                    doc: "A GIN layer around an update network (an MLP or any layer).") { a in
            guard case .native(let n) = a[0], let mlp = n.object as? Layer else { throw RuntimeError.type("GINConv: expected a layer such as MLP([16, 32, 32]), got \(typeName(a[0]))") }
            return a.wrap(GINConv(mlp, epsilon: try a.double(1), trainEpsilon: try a.bool(2)))
        }
        method("callAsFunction(_ x: Tensor, graph: Graph) -> Tensor", on: GINConv.self, doc: "Applies the layer to node features on a graph: gin(x, graph: g).") { c, a in
            a.wrap(try c(try LibraryValues.tensor(a[0]), graph: try a.native(1, as: Graph.self)))
        }
        registerLosses()
    }

    /// Activations by name.
    static let activations: [(String, Activation)] = [
        ("relu", .relu), ("elu", .elu), ("gelu", .gelu), ("tanh", .tanh), ("sigmoid", .sigmoid), ("identity", .identity),
    ]

    /// An activation from `.relu` or "relu".
    static func activation(_ v: Value) throws -> Activation {
        if let a = v.native(as: Activation.self) { return a }
        if case .string(let s) = v, let a = activations.first(where: { $0.0 == (s.hasPrefix(".") ? String(s.dropFirst()) : s) })?.1 { return a }
        throw RuntimeError.value("unknown activation \(debugDescribe(v)); use one of: \(activations.map { "." + $0.0 }.joined(separator: ", "))")
    }

    private func registerLosses() {
        builtinType("Loss", doc: "Loss functions: Loss.crossEntropy, .nll, .mse, .l1, .binaryCrossEntropy, and Loss.accuracy.")
        staticMethod("crossEntropy(_ logits: Tensor, _ targets: [Int]) -> Tensor", on: "Loss",
                     doc: "Mean cross-entropy of [N, C] logits against N class indices.") { a in
            a.wrap(try Loss.crossEntropy(try LibraryValues.tensor(a[0]), try LibraryValues.ints(a[1], what: "targets")))
        }
        staticMethod("nll(_ logProbs: Tensor, _ targets: [Int]) -> Tensor", on: "Loss", doc: "Mean negative log-likelihood of [N, C] log-probabilities.") { a in
            a.wrap(try Loss.nll(try LibraryValues.tensor(a[0]), try LibraryValues.ints(a[1], what: "targets")))
        }
        staticMethod("mse(_ prediction: Tensor, _ target: Tensor) -> Tensor", on: "Loss", doc: "Mean squared error.") { a in
            a.wrap(try Loss.mse(try LibraryValues.tensor(a[0]), try LibraryValues.tensor(a[1])))
        }
        staticMethod("l1(_ prediction: Tensor, _ target: Tensor) -> Tensor", on: "Loss", doc: "Mean absolute error.") { a in
            a.wrap(try Loss.l1(try LibraryValues.tensor(a[0]), try LibraryValues.tensor(a[1])))
        }
        staticMethod("binaryCrossEntropy(logits: Tensor, _ targets: Tensor) -> Tensor", on: "Loss", doc: "Mean binary cross-entropy of logits against 0/1 targets.") { a in
            a.wrap(try Loss.binaryCrossEntropy(logits: try LibraryValues.tensor(a[0]), try LibraryValues.tensor(a[1])))
        }
        staticMethod("accuracy(_ scores: Tensor, _ targets: [Int]) -> Double", on: "Loss", doc: "Fraction of rows whose argmax equals the target.") { a in
            .double(try Loss.accuracy(try LibraryValues.tensor(a[0]), try LibraryValues.ints(a[1], what: "targets")))
        }
    }
}
