/// Hyper-parameters of the spectral GNNs: filter order, Jacobi parameters, PCD's α,
/// dropouts, and one learning rate and weight decay per parameter group.
///
/// Groups: the feature transform (MLP or linear layer), the filter's η (PCD's γ or the
/// free coefficients), the per-channel weights w, and the Jacobi parameters a, b.
/// ``lonGNN(_:)`` and ``jacobiConv(_:)`` hold the values published with the official code.
public struct SpectralHyperparameters: Sendable, Equatable, CustomStringConvertible {
    /// Polynomial order K.
    public var order = 10
    /// Hidden width of the MLP.
    public var hidden = 64
    /// Jacobi parameters (starting values when learnable).
    public var a = 0.5, b = 0.5
    /// PCD's α: γ_j = α·tanh(η_j).
    public var alpha = 1.0
    /// Train a and b.
    public var learnJacobiParameters = true
    /// JacobiConv only: subtract the (a² − b²) recurrence term as the official code does.
    public var officialJacobiConvSign = false
    /// Dropout on the input features (and inside the MLP).
    public var inputDropout = 0.5
    /// Dropout before the filter.
    public var filterDropout = 0.5
    /// Learning rate and weight decay of the feature transform.
    public var lrTransform = 0.01, weightDecayTransform = 0.0005
    /// Learning rate and weight decay of η (PCD) or the free coefficients.
    public var lrEta = 0.01, weightDecayEta = 0.0005
    /// Learning rate and weight decay of the per-channel weights w.
    public var lrWeights = 0.01, weightDecayWeights = 0.0005
    /// Learning rate and weight decay of a and b.
    public var lrJacobi = 0.01, weightDecayJacobi = 0.0

    /// Defaults (the official code's argument defaults).
    public init() {}

    /// A one-line summary.
    public var description: String {
        "K=\(order) a=\(a) b=\(b) α=\(alpha) dropout=\(inputDropout)/\(filterDropout) "
            + "lr=\(lrTransform)/\(lrEta)/\(lrWeights)/\(lrJacobi) wd=\(weightDecayTransform)/\(weightDecayEta)/\(weightDecayWeights)"
    }

    // MARK: - Published settings

    /// The datasets with published LON-GNN settings (LON-GNN repository, `test_LONGNN.sh`).
    public static let lonGNNDatasets = ["actor", "chameleon", "citeseer", "computers", "cora", "cornell", "photo",
                                        "pubmed", "squirrel", "texas"]

    /// LON-GNN's best settings for `dataset` from the official code's test script
    /// (a, b, α, dropout, dropout before the filter, lr/wd for MLP, η (lap), w (comb), a and b).
    /// Datasets without published settings (Wisconsin) get Cornell's, the closest WebKB graph.
    public static func lonGNN(_ dataset: String) -> SpectralHyperparameters {
        // alpha, dpr_con, dropout, a, b, lr_ab, lr_comb, lr_lap, lr_mlp, wd_comb, wd_lap, wd_mlp
        let table: [String: [Double]] = [
            "actor": [1.25, 0.1, 0.7, 0.25, 0.5, 0.0005, 0.001, 0.0005, 0.0005, 0.0005, 0.0005, 5e-05],
            "chameleon": [1.75, 0.6, 0.2, 0.5, 1.0, 0.005, 0.05, 0.005, 0.001, 0.0001, 0.0005, 5e-05],
            "citeseer": [0.5, 0.8, 0.2, -0.75, 0.5, 0.0005, 0.0005, 0.0005, 0.005, 0.0, 0.0005, 0.001],
            "computers": [1.5, 0.0, 0.0, 0.0, 0.25, 0.05, 0.005, 0.05, 0.05, 0.0005, 0.001, 0.0001],
            "cora": [0.75, 0.7, 0.0, -0.25, -0.5, 0.001, 0.005, 0.0005, 0.05, 0.0001, 0.0, 0.001],
            "cornell": [0.75, 0.0, 0.4, -0.25, -0.25, 0.005, 0.0005, 0.01, 0.05, 0.001, 5e-05, 0.0001],
            "photo": [0.5, 0.3, 0.3, 1.5, -0.25, 0.005, 0.005, 0.005, 0.01, 0.0005, 0.0, 0.0001],
            "pubmed": [0.5, 0.1, 0.0, -0.5, 1.25, 0.05, 0.01, 0.05, 0.05, 0.0005, 0.0, 5e-05],
            "squirrel": [0.75, 0.7, 0.1, -0.5, -0.25, 0.005, 0.05, 0.001, 0.05, 0.0005, 0.0005, 0.0],
            "texas": [0.5, 0.2, 0.6, 0.75, 1.75, 0.05, 0.005, 0.005, 0.05, 0.0001, 0.0001, 5e-05],
        ]
        let v = table[dataset.lowercased()] ?? [0.75, 0.0, 0.4, -0.25, -0.25, 0.005, 0.0005, 0.01, 0.05, 0.001, 5e-05, 0.0001]
        var h = SpectralHyperparameters()
        h.alpha = v[0]; h.filterDropout = v[1]; h.inputDropout = v[2]; h.a = v[3]; h.b = v[4]
        h.lrJacobi = v[5]; h.lrWeights = v[6]; h.lrEta = v[7]; h.lrTransform = v[8]
        h.weightDecayWeights = v[9]; h.weightDecayEta = v[10]; h.weightDecayTransform = v[11]
        h.learnJacobiParameters = true
        return h
    }

    /// JacobiConv's best settings for `dataset` (JacobiConv repository, `bestHyperparams.py`:
    /// a, b, α, dpb, dpt, lr1/wd1 linear layer, lr2/wd2 η, lr3/wd3 w), with a and b fixed.
    /// Datasets without published settings (Wisconsin) get Cornell's.
    public static func jacobiConv(_ dataset: String) -> SpectralHyperparameters {
        // a, alpha, b, dpb, dpt, lr1, lr2, lr3, wd1, wd2, wd3
        let table: [String: [Double]] = [
            "cora": [2.0, 0.5, -0.25, 0.5, 0.7, 0.05, 0.01, 0.01, 0.001, 0.0001, 5e-05],
            "citeseer": [-0.5, 0.5, -0.5, 0.9, 0.8, 0.05, 0.001, 0.01, 5e-05, 0.0, 0.001],
            "pubmed": [1.5, 0.5, 0.25, 0.0, 0.5, 0.05, 0.05, 0.05, 0.0005, 0.0005, 0.0],
            "computers": [1.75, 1.5, -0.5, 0.8, 0.2, 0.05, 0.05, 0.05, 0.0001, 0.0, 0.0],
            "photo": [1.0, 1.5, 0.25, 0.3, 0.3, 0.05, 0.0005, 0.05, 5e-05, 0.0, 0.0],
            "chameleon": [0.0, 2.0, 0.0, 0.6, 0.5, 0.05, 0.01, 0.05, 0.0, 0.0001, 0.0005],
            "actor": [0.75, 2.0, 1.25, 0.7, 0.7, 0.05, 0.0005, 0.005, 0.001, 0.0005, 0.001],
            "squirrel": [0.5, 2.0, 0.25, 0.4, 0.1, 0.01, 0.01, 0.05, 5e-05, 0.0, 0.0],
            "texas": [-0.5, 0.5, 0.0, 0.8, 0.7, 0.05, 0.005, 0.01, 0.001, 0.0005, 0.0005],
            "cornell": [-0.75, 0.5, 0.25, 0.4, 0.7, 0.05, 0.005, 0.001, 0.0005, 0.0005, 0.0001],
        ]
        let v = table[dataset.lowercased()] ?? [-0.75, 0.5, 0.25, 0.4, 0.7, 0.05, 0.005, 0.001, 0.0005, 0.0005, 0.0001]
        var h = SpectralHyperparameters()
        h.a = v[0]; h.alpha = v[1]; h.b = v[2]; h.inputDropout = v[3]; h.filterDropout = v[4]
        h.lrTransform = v[5]; h.lrEta = v[6]; h.lrWeights = v[7]
        h.weightDecayTransform = v[8]; h.weightDecayEta = v[9]; h.weightDecayWeights = v[10]
        h.learnJacobiParameters = false
        return h
    }

    /// GPR-GNN's usual setting: MLP(64), K = 10, PPR start α = 0.1, lr 0.01 / 0.01, wd 5e-4 / 0,
    /// dropout 0.5, propagation dropout 0.5.
    public static func gprgnn() -> SpectralHyperparameters {
        var h = SpectralHyperparameters()
        h.alpha = 0.1; h.learnJacobiParameters = false
        h.lrTransform = 0.01; h.weightDecayTransform = 0.0005; h.lrEta = 0.01; h.weightDecayEta = 0
        return h
    }

    /// BernNet's usual setting: MLP(64), K = 10, lr 0.01 (MLP) / 0.01 (θ), wd 5e-4 / 0, dropout 0.5, dprate 0.5.
    public static func bernNet() -> SpectralHyperparameters {
        var h = SpectralHyperparameters()
        h.learnJacobiParameters = false
        h.lrTransform = 0.01; h.weightDecayTransform = 0.0005; h.lrEta = 0.01; h.weightDecayEta = 0
        return h
    }

    /// ChebNet's usual setting: two Chebyshev convolutions of order 2, hidden 64, lr 0.01, wd 5e-4, dropout 0.5.
    public static func chebNet() -> SpectralHyperparameters {
        var h = SpectralHyperparameters()
        h.order = 2; h.learnJacobiParameters = false
        h.lrTransform = 0.01; h.weightDecayTransform = 0.0005
        return h
    }
}
