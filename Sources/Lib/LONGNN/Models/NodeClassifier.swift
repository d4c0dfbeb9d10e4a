import Lib

/// A model that classifies the nodes of one graph from their features: the spectral GNNs
/// of this module (``LONGNN``, ``JacobiConv``, ``GPRGNN``, ``BernNet``, ``ChebNet``).
public protocol NodeClassifier: Module {
    /// Display name ("LON-GNN").
    var name: String { get }
    /// The settings the model was built with.
    var hyperparameters: SpectralHyperparameters { get }
    /// The polynomial filter, when the model has one (not ChebNet).
    var filter: SpectralFilter? { get }
    /// Log-probabilities [N, classes] for node features x [N, F] on `graph`.
    func forward(_ x: Tensor, graph: Graph) throws -> Tensor
    /// The optimizer groups with their published learning rates and weight decays.
    func parameterGroups() -> [ParameterGroup]
}
