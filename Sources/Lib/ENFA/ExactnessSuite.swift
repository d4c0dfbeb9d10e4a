import Lib

/// ENFA against the conventional model on every shipped graph dataset and every policy: the
/// checks the tests assert and `ENFAReproduce --exactness` tabulates.
///
/// Each dataset contributes a deterministic sample of small graphs; the five policies (ego radius 2)
/// rotate through DS and DSS, both jumping-knowledge modes, both subgraph poolings and both set
/// aggregations, so every option meets every dataset.
///
/// ```swift
/// for c in try ExactnessSuite.run(dataset: "mutag") { print(c) }
/// ```
public enum ExactnessSuite {
    /// The shipped graph datasets, by name.
    public static let datasets = ["zinc", "mutag", "proteins", "nci1", "ptc_mr", "imdb_binary", "exp", "csl", "sr25"]

    /// Graphs per dataset in the sample.
    public static let samplesPerDataset = 2

    /// One comparison: a dataset, a policy, a dtype and a mode, with its report.
    public struct Case: CustomStringConvertible, Sendable {
        /// Dataset name.
        public let dataset: String
        /// The model's configuration (policy, architecture, dtype, ...).
        public let configuration: SubgraphGNNConfiguration
        /// Training mode (batch statistics) or evaluation mode.
        public var training: Bool { report.training }
        /// What the comparison measured.
        public let report: ExactnessReport

        /// "mutag node-marked ds float32 training: outputs ...".
        public var description: String {
            let c = configuration
            return "\(dataset) \(c.policy) \(c.architecture) \(c.dtype) \(training ? "training" : "evaluation"): \(report)"
        }
    }

    /// A deterministic sample: evenly spaced graphs of the dataset, keeping those with at most
    /// 45 nodes (so the conventional bag stays small), ``samplesPerDataset`` of them.
    public static func sample(_ d: Dataset) -> [GraphSample] {
        let step = max(d.graphs.count / 16, 1)
        return Array(stride(from: 0, to: d.graphs.count, by: step).map { d.graphs[$0] }
            .filter { $0.graph.nodeCount <= 45 }.prefix(samplesPerDataset))
    }

    /// A small model (8 hidden channels, 2 or 3 layers) whose options rotate with `k`: architecture,
    /// jumping knowledge, subgraph pooling and set aggregation.
    public static func configuration(_ policy: SubgraphPolicy, features: Int, edgeFeatures: Int,
                                     task: SubgraphGNNConfiguration.Task, k: Int) -> SubgraphGNNConfiguration {
        var c = SubgraphGNNConfiguration(policy: policy, inputFeatures: features, task: task)
        c.layers = 2 + k % 2
        c.hidden = 8
        c.edgeFeatures = edgeFeatures
        c.architecture = k % 2 == 0 ? .ds : .dss
        c.jumpingKnowledge = (k / 2) % 2 == 0 ? .last : .concat
        c.subgraphPooling = (k / 4) % 2 == 0 ? .sum : .mean
        c.setAggregation = (k / 3) % 2 == 0 ? .mean : .sum
        c.seed = k
        return c
    }

    /// Every policy (ego radius 2) on the sample of dataset `name`, in each dtype, in training and
    /// evaluation mode.
    /// - Throws: ``DataError`` for an unknown name; ``ENFAError`` or ``TensorError`` from the models.
    public static func run(dataset name: String, dtypes: [DType] = [.float32, .float64]) throws -> [Case] {
        let d = try Datasets.load(name)
        let graphs = sample(d)
        guard let first = graphs.first else { return [] }
        let features = first.x.shape[1], edgeFeatures = first.edgeAttributes?.shape[1] ?? 0
        let task: SubgraphGNNConfiguration.Task = d.kind == .graphRegression ? .regression : .classification(classes: d.classCount)
        var cases: [Case] = []
        for (k, policy) in SubgraphPolicy.all(egoRadius: 2).enumerated() {
            var c = configuration(policy, features: features, edgeFeatures: edgeFeatures, task: task, k: k + name.count)
            for dtype in dtypes {
                c.dtype = dtype
                for training in [true, false] {
                    try Interruption.check()
                    cases.append(Case(dataset: name, configuration: c, report: try ENFA.exactness(c, on: graphs, training: training)))
                }
            }
        }
        return cases
    }
}
