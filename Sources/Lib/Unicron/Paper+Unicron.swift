import Lib

extension Paper {
    /// Unicron: a self-healing workload manager for LLM training at scale.
    public static let unicron = Paper(
        title: "Unicron: Economizing Self-Healing LLM Training at Scale",
        authors: ["He", "Li", "Wang", "Qian", "Xu", "Yu", "Zhou"], venue: "2023", arXiv: "2401.00134",
        headline: "In-band error detection, cost-aware plans and fast transitions give up to 1.9x the training efficiency of state-of-the-art methods on 128 GPUs.")
}
