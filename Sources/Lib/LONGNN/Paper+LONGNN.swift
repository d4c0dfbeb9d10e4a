import Lib

extension Paper {
    /// LON-GNN: spectral GNNs whose polynomial filter uses a learnable orthonormal Jacobi basis.
    public static let lonGNN = Paper(
        title: "LON-GNN: Spectral GNNs with Learnable Orthonormal Basis",
        authors: ["Tao", "Wang", "Yu", "Li", "Wei"], venue: "2023", arXiv: "2303.13750",
        headline: "Orthonormalising the Jacobi basis makes its parameters a and b learnable and regularisable, improving on JacobiConv.")
}
