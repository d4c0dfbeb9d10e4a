import Lib

extension Paper {
    /// ENFA: subgraph GNNs computed exactly on ego nets instead of whole-graph copies.
    public static let enfa = Paper(
        title: "Exact Acceleration of Subgraph Graph Neural Networks by Eliminating Computation Redundancy",
        authors: ["Tao", "Wang", "Zhang", "Hu", "Yu", "Zhou"], venue: "2024", arXiv: "2412.18125",
        headline: "Storage 29.0%–84.5% smaller and training up to 1.66x faster, with outputs identical to the conventional subgraph GNN.")
}
