import Testing
import Foundation
@testable import Lib

/// Values and gradients against PyTorch / NumPy in float64, from
/// Vectors/torch_reference.json (generated once by Vectors/make_vectors.py).
@Suite struct ReferenceTests {
    let ref: [String: Any]
    let x: Tensor

    init() throws {
        let url = try #require(Bundle.module.url(forResource: "Vectors", withExtension: nil))
        let data = try Data(contentsOf: url.appendingPathComponent("torch_reference.json"))
        ref = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let rows = try #require(ref["x"] as? [[Double]])
        x = try Tensor(rows: rows, dtype: .float64)
    }

    func values(_ key: String) -> [Double] { (ref[key] as? [Double]) ?? (ref[key] as? [NSNumber])?.map(\.doubleValue) ?? [] }

    @Test func activationsAndNormalisations() throws {
        #expect(close(try x.softmax(axis: 1).doubles, values("softmax"), 1e-12))
        #expect(close(try x.logSoftmax(axis: 1).doubles, values("log_softmax"), 1e-12))
        #expect(close(x.gelu().doubles, values("gelu"), 1e-12))
        #expect(close(x.elu(alpha: 0.7).doubles, values("elu"), 1e-12))
        #expect(close(x.sigmoid().doubles, values("sigmoid"), 1e-12))
        #expect(close(x.softplus().doubles, values("softplus"), 1e-12))
        #expect(close(try LayerNorm(4, dtype: .float64)(x).doubles, values("layer_norm"), 1e-9))
        #expect(close(try BatchNorm(4, dtype: .float64)(x).doubles, values("batch_norm"), 1e-9))
    }

    @Test func crossEntropyAndLayerNormGradients() throws {
        let targets = try #require(ref["targets"] as? [Int])
        let p = Parameter(x)
        let ce = try Loss.crossEntropy(p, targets)
        try ce.backward()
        #expect(Swift.abs(ce.value - (ref["cross_entropy"] as? Double ?? .nan)) < 1e-12)
        #expect(close(p.grad!.doubles, values("cross_entropy_grad"), 1e-12))

        let q = Parameter(x)
        let weights = try Tensor.arange(12, dtype: .float64).reshaped([3, 4])
        try (LayerNorm(4, dtype: .float64)(q) * weights).sum().backward()
        #expect(close(q.grad!.doubles, values("layer_norm_weighted_grad"), 1e-8))
    }

    @Test func gammaFunctions() {
        let p = Tensor(values("positive"), dtype: .float64)
        #expect(close(p.lgamma().doubles, values("lgamma"), 1e-12))
        #expect(close(p.digamma().doubles, values("digamma"), 1e-12))
        // torch's polygamma(1, ·) is itself accurate to ~1e-9 (ψ′(1) = π²/6 exactly is checked in TensorTests)
        #expect(close(p.trigamma().doubles, values("polygamma1"), 1e-8))
        #expect(Swift.abs(p.trigamma().doubles[1] - Double.pi * Double.pi / 2) < 1e-13)
    }

    @Test func optimizerTrajectories() throws {
        let grads = try #require(ref["optimizer_grads"] as? [[Double]])
        let start = values("optimizer_start")
        func run(_ make: ([Parameter]) -> Optimizer) throws -> [Double] {
            let w = Parameter(Tensor(start, dtype: .float64))
            let opt = make([w])
            for g in grads {
                w.grad = Tensor(g, dtype: .float64)
                try opt.step()
            }
            return w.doubles
        }
        #expect(close(try run { Adam($0, lr: 0.1, weightDecay: 0.05) }, values("adam"), 1e-12))
        #expect(close(try run { AdamW($0, lr: 0.1, weightDecay: 0.1) }, values("adamw"), 1e-12))
        #expect(close(try run { SGD($0, lr: 0.1, momentum: 0.9, weightDecay: 0.01, nesterov: true) }, values("sgd_nesterov"), 1e-12))
        #expect(close(try run { SGD($0, lr: 0.1, momentum: 0.9) }, values("sgd_momentum"), 1e-12))
    }

    @Test func laplacianSpectrumMatchesNumPy() throws {
        let edges = try #require(ref["laplacian_edges"] as? [[Int]])
        let g = try Graph(edgeIndex: [edges.map { $0[0] }, edges.map { $0[1] }]).symmetrized()
        #expect(close(try g.laplacianEigen().values, values("laplacian_eigenvalues"), 1e-12))
    }
}
