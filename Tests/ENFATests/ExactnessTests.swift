import Lib
import Testing
@testable import ENFA

/// ENFA against the conventional subgraph GNN: outputs, gradients and batch-norm running
/// statistics within 1e-5 relative, in training and evaluation mode, in Float32 and Float64.
///
/// Float64 separates the algorithm from rounding: there everything agrees within 1e-5 (gradients
/// measured as the largest difference over all parameters relative to the largest gradient entry).
///
/// Float32 is held to the same 1e-5 as far as Float32 allows (``ExactnessReport/agrees(within:)``):
/// each report also runs the conventional model in Float64 with the same weights. On a few
/// dataset/policy pairs (CSL, EXP, PROTEINS, SR25: regular or near-regular graphs whose batch-norm
/// channels have (near) zero variance, and gradients that are sums of many cancelling terms) the
/// conventional model's own Float32 gradients are 1e-5 to 2 (relative) away from exact arithmetic;
/// no reordering of the computation can match a model more closely than it matches itself, so there
/// ENFA must itself be within 1e-5 of exact arithmetic, or at most four times as far from it as the
/// conventional model is (the rounding of those cancelling sums depends on the machine's BLAS
/// kernels: on one machine PROTEINS' node-deleted DSS evaluation measured ENFA 3.1e-4 and the
/// conventional model 1.0e-4 from exact). `ENFAReproduce --exactness` tabulates every case.
@Suite struct ExactnessTests {
    static let tolerance = 1e-5

    /// Asserts the suite's rule on every report of `cases`.
    static func check(_ cases: [ExactnessSuite.Case]) {
        for c in cases {
            let r = c.report
            if c.configuration.dtype == .float64 {
                #expect(r.outputError <= tolerance, "\(c)")
                #expect(r.globalGradientError <= tolerance, "\(c)")
                #expect(r.runningStatisticsError <= tolerance, "\(c)")
                #expect(r.reference == nil)
            } else {
                #expect(r.reference != nil)
                #expect(r.agrees(within: tolerance), "\(c)")
            }
        }
    }

    /// Property test: paths, stars, cliques, a disconnected graph, a random graph, a single node and an
    /// edgeless pair, every policy, DS and DSS, with and without edge features.
    @Test(arguments: SubgraphPolicy.all(egoRadius: 1) + [.egoNetsPlus(2)])
    func randomGraphsOfVariedShape(policy: SubgraphPolicy) throws {
        for k in 0..<4 {
            let edgeFeatures = k == 3 ? 2 : 0
            let graphs = try TestGraphs.varied(features: 3, edgeFeatures: edgeFeatures)
            var c = ExactnessSuite.configuration(policy, features: 3, edgeFeatures: edgeFeatures,
                                                 task: k % 2 == 0 ? .regression : .classification(classes: 3), k: k)
            for dtype in [DType.float32, .float64] {
                c.dtype = dtype
                for training in [true, false] {
                    // Small random graphs: Float32 meets 1e-5 directly here, without the rounding clause.
                    // Each graph alone too (single-graph batches exercise empty explicit sets).
                    for (what, sample) in [("", graphs), (" small", [graphs[5], graphs[3]])] {
                        let r = try ENFA.exactness(c, on: sample, training: training)
                        #expect(max(r.outputError, r.globalGradientError, r.runningStatisticsError) <= Self.tolerance,
                                "\(policy) k=\(k) \(dtype)\(what): \(r)")
                    }
                }
            }
        }
    }

    /// Every shipped graph dataset × every policy, DS and DSS alternating with the other options.
    @Test(arguments: ExactnessSuite.datasets)
    func shippedDatasets(name: String) throws {
        let cases = try ExactnessSuite.run(dataset: name)
        #expect(cases.count == 5 * 2 * 2)
        Self.check(cases)
        // The rounding clause is needed only where the conventional model is itself off in Float32.
        for c in cases where c.configuration.dtype == .float32 && c.report.globalGradientError > Self.tolerance {
            #expect(["csl", "exp", "proteins", "sr25"].contains(name), "\(c)")
        }
    }

    /// The Float32 rule: direct agreement, or ENFA within the tolerance of exact arithmetic, or the
    /// conventional model's own rounding error exceeds the tolerance and ENFA's is at most four times it.
    /// A wrong model fails it.
    @Test func float32RuleNeedsEitherAgreementOrComparableRounding() {
        func report(gradients: Double, conventional: Double, enfa: Double) -> ExactnessReport {
            ExactnessReport(outputError: 1e-7, gradientError: gradients, globalGradientError: gradients, runningStatisticsError: 0,
                            training: true, reference: .init(conventionalOutputs: 1e-7, conventionalGradients: conventional,
                                                             enfaOutputs: 1e-7, enfaGradients: enfa))
        }
        #expect(report(gradients: 5e-6, conventional: 1e-7, enfa: 1e-7).agrees(within: 1e-5))
        #expect(!report(gradients: 1e-3, conventional: 1e-7, enfa: 1e-3).agrees(within: 1e-5))  // ENFA wrong, model exact
        #expect(report(gradients: 4e-5, conventional: 4e-5, enfa: 2e-6).agrees(within: 1e-5))   // the model is the inexact one
        #expect(!report(gradients: 4e-4, conventional: 4e-5, enfa: 4e-4).agrees(within: 1e-5))  // ENFA 10x less exact
        #expect(report(gradients: 1.5e-5, conventional: 8e-6, enfa: 9e-6).agrees(within: 1e-5))  // both within 1e-5 of exact
        #expect(report(gradients: 4e-4, conventional: 1e-4, enfa: 3e-4).agrees(within: 1e-5))    // 3x: rounding, not a bug
    }

    /// Without the weighting, training-mode batch statistics would differ: the test can fail.
    @Test func unweightedBatchNormWouldNotBeExact() throws {
        let graphs = try TestGraphs.varied()
        let c = ExactnessSuite.configuration(.nodeMarked, features: 3, edgeFeatures: 0, task: .regression, k: 0)
        let model = try SubgraphGNN(c)
        let fast = ENFA(model)
        let batch = try EgoNetBatch(graphs.map { try fast.bag($0) })
        let norm = SubgraphBatchNorm(c.hidden)
        let x = Tensor.randn([batch.original.x.shape[0], c.hidden], seed: 3)
        let weighted = try norm.normalize([(x, batch.copyWeights[1])])[0]
        let plain = try norm.normalize([(x, nil)])[0]
        #expect(ENFA.relative(weighted, plain) > 1e-3)
    }
}
