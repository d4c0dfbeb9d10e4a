import Foundation
import Lib
import LONGNN
import PaperFigures
import Plotting
import Protocol

// MARK: - LON-GNN: polynomial bases, spectral GNNs, training with live progress, filter responses

extension Bindings {
    func registerLONGNN() {
        builtinType("Jacobi", doc: "Jacobi polynomials P_k^(a,b): values, norms from lgamma, the orthonormal basis Q_k and its plot.")
        builtinType("SpectralModels", doc: "The spectral GNNs by name with published settings, and the dense-split comparison table.")
        type(NodeClassificationRun.self, name: "NodeClassificationRun",
             doc: "One training run: test accuracy at the best validation epoch, the curves, the time.")
        type(ComparisonTable.self, name: "ComparisonTable", doc: "Mean ± std test accuracies beside the published numbers (shown as markdown).")
        display(ComparisonTable.self) { t in
            var b = MimeBundle(plainText: t.markdown)
            b.set("text/markdown", .string(t.markdown))
            return b
        }
        registerJacobi()
        registerSpectralModel(LONGNN.self, name: "LONGNN",
                              doc: "LON-GNN: MLP → orthonormal Jacobi filter per class with PCD and learnable a, b (Tao et al. 2023).")
        registerSpectralModel(JacobiConv.self, name: "JacobiConv",
                              doc: "JacobiConv: linear layer → Jacobi filter per class with PCD, a and b fixed (Wang & Zhang 2022).")
        registerSpectralModel(GPRGNN.self, name: "GPRGNN", doc: "GPR-GNN: MLP → Σ_k γ_k Ã^k with learnable γ (Chien et al. 2021).")
        registerSpectralModel(BernNet.self, name: "BernNet", doc: "BernNet: MLP → non-negative Bernstein filter (He et al. 2021).")
        registerSpectralModel(ChebNet.self, name: "ChebNet", doc: "ChebNet: two Chebyshev convolutions of order 2 (Defferrard et al. 2016).")

        initializer("init(features: Int, classes: Int, dataset: String = \"cora\", seed: Int = 0)", on: "LONGNN",
                    doc: "LON-GNN with the published settings for `dataset` (a, b, α, dropouts, lr and weight decay per group).") { a in
            a.wrap(try LONGNN(features: try a.int(0), classes: try a.int(1), hyperparameters: .lonGNN(try a.string(2)), seed: try a.int(3)))
        }
        initializer("init(features: Int, classes: Int, order: Int, a: Double, b: Double, alpha: Double, seed: Int = 0)", on: "LONGNN",
                    doc: "LON-GNN with order K, starting a and b and PCD's α given; the rest from Cora's published settings.") { a in
            a.wrap(try LONGNN(features: try a.int(0), classes: try a.int(1), order: try a.int(2), a: try a.double(3),
                              b: try a.double(4), alpha: try a.double(5), seed: try a.int(6)))
        }
        initializer("init(features: Int, classes: Int, dataset: String = \"cora\", learnAB: Bool = false, officialSign: Bool = false, seed: Int = 0)",
                    on: "JacobiConv",
                    doc: "JacobiConv with the published settings for `dataset`; learnAB trains a and b, officialSign subtracts the "
                        + "(a² − b²) recurrence term as the official code does.") { a in
            var h = SpectralHyperparameters.jacobiConv(try a.string(2))
            h.learnJacobiParameters = try a.bool(3)
            h.officialJacobiConvSign = try a.bool(4)
            return a.wrap(try JacobiConv(features: try a.int(0), classes: try a.int(1), hyperparameters: h, seed: try a.int(5)))
        }
        initializer("init(features: Int, classes: Int, seed: Int = 0)", on: "GPRGNN", doc: "GPR-GNN with K = 10 and a PPR start (α = 0.1).") { a in
            a.wrap(try GPRGNN(features: try a.int(0), classes: try a.int(1), seed: try a.int(2)))
        }
        initializer("init(features: Int, classes: Int, seed: Int = 0)", on: "BernNet", doc: "BernNet with K = 10.") { a in
            a.wrap(try BernNet(features: try a.int(0), classes: try a.int(1), seed: try a.int(2)))
        }
        initializer("init(features: Int, classes: Int, seed: Int = 0)", on: "ChebNet", doc: "ChebNet with hidden width 64 and order 2.") { a in
            a.wrap(try ChebNet(features: try a.int(0), classes: try a.int(1), seed: try a.int(2)))
        }
        staticProperty("names: [String]", on: "SpectralModels", doc: "The model names make(_:for:seed:) accepts.") {
            LibraryValues.array(SpectralModels.names)
        }
        staticMethod("make(_ name: String, for dataset: Dataset, seed: Int = 0) -> NodeClassifier", on: "SpectralModels",
                     doc: "Model `name` (LON-GNN, JacobiConv, GPR-GNN, BernNet, ChebNet) sized for `dataset` with its published settings.") { a in
            a.wrap(try SpectralModels.make(try a.string(0), for: try a.native(1, as: Dataset.self), seed: try a.int(2)))
        }
        staticMethod("compare(datasets: [String], models: [String] = [\"LON-GNN\", \"JacobiConv\"], seeds: Int = 10, epochs: Int = 1000, patience: Int = 200) -> ComparisonTable",
                     on: "SpectralModels",
                     doc: "Runs the dense 60/20/20 protocol for each model and dataset (seeds 0..<seeds) with live progress and returns "
                        + "mean ± std beside the published numbers; datasets without features are listed as missing.") { [unowned self] a in
            let datasets = try LibraryValues.strings(a[0], what: "datasets"), models = try LibraryValues.strings(a[1], what: "models")
            let seeds = try a.int(2), epochs = try a.int(3), patience = try a.int(4)
            guard seeds >= 1, epochs >= 1, patience >= 0 else {
                throw RuntimeError.value("compare: seeds and epochs must be >= 1 and patience >= 0, got \(seeds), \(epochs), \(patience)")
            }
            let table = try self.withLiveProgress {
                try SpectralComparison.run(datasets: datasets, models: models, seeds: seeds, epochs: epochs, patience: patience)
            }
            return a.wrap(table)
        }
        property("markdown: String", on: ComparisonTable.self, doc: "The table as markdown.") { t in .string(t.markdown) }

        property("testAccuracy: Double", on: NodeClassificationRun.self, doc: "Test accuracy at the best validation epoch.") { r in .double(r.testAccuracy) }
        property("validationAccuracy: Double", on: NodeClassificationRun.self, doc: "The best validation accuracy.") { r in .double(r.validationAccuracy) }
        property("bestEpoch: Int", on: NodeClassificationRun.self, doc: "Epoch of the best validation accuracy (from 0).") { r in .int(r.bestEpoch) }
        property("epochs: Int", on: NodeClassificationRun.self, doc: "Epochs run before stopping.") { r in .int(r.epochs) }
        property("seconds: Double", on: NodeClassificationRun.self, doc: "Wall-clock seconds of the run.") { r in .double(r.seconds) }
        property("secondsPerEpoch: Double", on: NodeClassificationRun.self, doc: "Mean seconds per epoch.") { r in .double(r.secondsPerEpoch) }
        property("history: TrainingHistory", on: NodeClassificationRun.self, doc: "Per-epoch loss, train, val and test accuracy.") { [unowned self] r in
            self.wrap(r.history)
        }
        property("description: String", on: NodeClassificationRun.self, doc: "A one-line summary.") { r in .string(r.description) }
        method("plot() -> Figure", on: NodeClassificationRun.self, doc: "Training loss and accuracies per epoch, with the best validation epoch marked.") { r, a in
            a.wrap(try LONGNNFigures.trainingCurves(r))
        }
    }

    private func registerJacobi() {
        staticMethod("values(order: Int, a: Double, b: Double, at x: Double) -> [Double]", on: "Jacobi",
                     doc: "P_0(x) … P_order(x) by the three-term recurrence.") { a in
            let (alpha, beta) = (try a.double(1), try a.double(2))
            try Jacobi.validate(a: alpha, b: beta)
            return LibraryValues.array(Jacobi.values(order: try jacobiOrder(a), a: alpha, b: beta, at: try a.double(3)))
        }
        staticMethod("orthonormalValues(order: Int, a: Double, b: Double, at x: Double) -> [Double]", on: "Jacobi",
                     doc: "Q_k = P_k / ‖P_k‖ for k = 0…order at x (orthonormal under (1−x)^a (1+x)^b).") { a in
            let (alpha, beta) = (try a.double(1), try a.double(2))
            try Jacobi.validate(a: alpha, b: beta)
            return LibraryValues.array(Jacobi.orthonormalValues(order: try jacobiOrder(a), a: alpha, b: beta, at: try a.double(3)))
        }
        staticMethod("normSquared(k: Int, a: Double, b: Double) -> Double", on: "Jacobi",
                     doc: "‖P_k‖² = ∫ P_k² (1−x)^a (1+x)^b dx through lgamma (finite at a + b = −1).") { a in
            let (alpha, beta) = (try a.double(1), try a.double(2))
            try Jacobi.validate(a: alpha, b: beta)
            return .double(Jacobi.normSquared(k: max(0, try a.int(0)), a: alpha, b: beta))
        }
        staticMethod("basisPlot(a: Double, b: Double, order: Int = 5) -> Figure", on: "Jacobi",
                     doc: "The orthonormal basis functions Q_0 … Q_order over x = 1 − λ ∈ [−1, 1].") { a in
            let (alpha, beta) = (try a.double(0), try a.double(1))
            try Jacobi.validate(a: alpha, b: beta)
            return a.wrap(try LONGNNFigures.basisFunctions(a: alpha, b: beta, order: max(0, try a.int(2))))
        }
    }

    /// The members every spectral model shares: training, prediction, filter response and plot.
    private func registerSpectralModel<T: NodeClassifier>(_ t: T.Type, name: String, doc: String) {
        type(t, name: name, doc: doc)
        method("fit(_ dataset: Dataset, split: Split? = nil, epochs: Int = 1000, patience: Int = 200) -> NodeClassificationRun", on: t,
               doc: "Trains full-batch with Adam over the published parameter groups (live progress, interruptible); returns the "
                  + "test accuracy at the best validation epoch. split defaults to .dense(seed: 0).") { [unowned self] m, a in
            let dataset = try a.native(0, as: Dataset.self)
            let split = try LibraryValues.optional(a[1]).map { v -> Split in
                guard let s = v.native(as: Split.self) else { throw RuntimeError.type("split: expected Split, got \(typeName(v))") }
                return s
            } ?? .dense(seed: 0)
            let epochs = try a.int(2), patience = try a.int(3)
            guard epochs >= 1, patience >= 0 else { throw RuntimeError.value("fit: epochs must be >= 1 and patience >= 0") }
            let run = try self.withLiveProgress { try m.fit(dataset, split: split, epochs: epochs, patience: patience) }
            return self.wrap(run)
        }
        method("forward(_ x: Tensor, graph: Graph) -> Tensor", on: t, doc: "Log-probabilities [N, classes] for features x [N, F].") { m, a in
            a.wrap(try m.forward(try a.native(0, as: Tensor.self), graph: try a.native(1, as: Graph.self)))
        }
        method("filterResponse(at lambdas: [Double]) -> [[Double]]", on: t,
               doc: "h_c(λ) per class channel at each Laplacian eigenvalue λ ∈ [0, 2] (one row for shared coefficients).") { m, a in
            guard let f = m.filter else { throw RuntimeError.value("\(m.name) has no polynomial filter of its own") }
            return .array(try f.response(at: try LibraryValues.numbers(a[0], what: "lambdas")).map { LibraryValues.array($0) })
        }
        method("filterPlot(graph: Graph? = nil) -> Figure", on: t,
               doc: "The learned h(λ) per class over λ ∈ [0, 2]; with a graph (≤ 5000 nodes), its eigenvalue histogram behind.") { m, a in
            guard let f = m.filter else { throw RuntimeError.value("\(m.name) has no polynomial filter of its own") }
            let eigen = try LibraryValues.optional(a[0]).map { v -> [Double] in
                guard let g = v.native(as: Graph.self) else { throw RuntimeError.type("graph: expected Graph, got \(typeName(v))") }
                return try g.symmetrized().laplacianEigen().values
            }
            return a.wrap(try LONGNNFigures.filterResponse(f, eigenvalues: eigen ?? [], title: "\(m.name): learned filters"))
        }
        property("a: Double?", on: t, doc: "The current Jacobi parameter a (nil for non-Jacobi models).") { m in
            m.filter?.currentJacobiParameters.map { .some(.double($0.a)) } ?? .none
        }
        property("b: Double?", on: t, doc: "The current Jacobi parameter b (nil for non-Jacobi models).") { m in
            m.filter?.currentJacobiParameters.map { .some(.double($0.b)) } ?? .none
        }
        property("name: String", on: t, doc: "The model's display name.") { m in .string(m.name) }
        property("parameterCount: Int", on: t, doc: "Number of trainable scalars.") { m in .int(m.parameterCount) }
        property("settings: String", on: t, doc: "The hyper-parameters in one line.") { m in .string(m.hyperparameters.description) }
    }
}

/// The `order:` argument of the Jacobi functions: order + 1 values are made, so it is held to
/// the most elements a collection may hold in a cell (negative orders give P_0 only).
private func jacobiOrder(_ a: Arguments) throws -> Int {
    let order = try a.int(0)
    guard order < maxMaterializedCount else {
        throw RuntimeError.value("order \(order) would make \(order)+1 values; at most \(maxMaterializedCount) fit in a cell's array")
    }
    return max(0, order)
}
