import Lib

/// The spectral GNNs by name, built with their published settings for a dataset.
///
/// ```swift
/// let model = try SpectralModels.make("LON-GNN", for: try Datasets.load("cora"), seed: 0)
/// ```
public enum SpectralModels {
    /// The names accepted by ``make(_:for:seed:)``.
    public static let names = ["LON-GNN", "JacobiConv", "GPR-GNN", "BernNet", "ChebNet"]

    /// Builds model `name` sized for `dataset` with the published settings for it (LON-GNN and
    /// JacobiConv per dataset; the usual defaults for GPR-GNN, BernNet and ChebNet).
    /// - Throws: ``LONGNNError`` for an unknown name or a dataset without features.
    public static func make(_ name: String, for dataset: Dataset, seed: Int = 0) throws -> NodeClassifier {
        guard dataset.kind == .nodeClassification, dataset.x != nil else {
            throw LONGNNError.unsuitableDataset(name: dataset.name, reason: "node classification needs node features, and this file has none")
        }
        let f = dataset.featureCount, c = dataset.classCount
        switch name.lowercased().replacingOccurrences(of: "-", with: "") {
        case "longnn": return try LONGNN(features: f, classes: c, hyperparameters: .lonGNN(dataset.name), seed: seed)
        case "jacobiconv": return try JacobiConv(features: f, classes: c, hyperparameters: .jacobiConv(dataset.name), seed: seed)
        case "gprgnn": return try GPRGNN(features: f, classes: c, seed: seed)
        case "bernnet": return try BernNet(features: f, classes: c, seed: seed)
        case "chebnet": return try ChebNet(features: f, classes: c, seed: seed)
        default:
            throw LONGNNError.invalidArgument("unknown model \"\(name)\"; known: \(names.joined(separator: ", "))")
        }
    }
}
