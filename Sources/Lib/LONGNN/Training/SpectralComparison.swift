import Foundation
import Lib

/// One line of a comparison: a model on a dataset, over several seeds.
public struct ComparisonRow: Sendable {
    /// Dataset name.
    public let dataset: String
    /// Model name.
    public let model: String
    /// Test accuracies summarised (nil when the dataset could not be used).
    public let summary: AccuracySummary?
    /// Why there is no summary ("missing: no features in data/").
    public let note: String
    /// Total seconds of the runs.
    public let seconds: Double
}

/// The results of ``SpectralComparison/run(datasets:models:seeds:epochs:patience:onRun:)`` with the published
/// numbers beside them; `markdown` renders the table.
public struct ComparisonTable: CustomStringConvertible, Sendable {
    /// The rows in the order run.
    public let rows: [ComparisonRow]

    /// A table of the given rows (e.g. the rows of several runs joined).
    public init(rows: [ComparisonRow]) { self.rows = rows }

    /// A markdown table: ours (mean ± std), runs, published, gap (ours − published), seconds.
    public var markdown: String {
        var t = "| dataset | model | ours: test acc. % (mean ± std) | runs | published | gap | seconds |\n"
        t += "|---|---|---:|---:|---:|---:|---:|\n"
        for r in rows {
            let ref = PublishedResults.reference(model: r.model, dataset: r.dataset)
            let pub = ref.map { String(format: "%.2f %@", $0.value, $0.source) } ?? "—"
            var gap = "—"
            if let s = r.summary, let ref { gap = String(format: "%+.2f", s.mean - ref.value) }
            t += "| \(r.dataset) | \(r.model) | \(r.summary.map { "\($0)" } ?? r.note) | \(r.summary?.count ?? 0) | \(pub) | \(gap) | "
                + String(format: "%.0f", r.seconds) + " |\n"
        }
        return t + "\n" + PublishedResults.footnote + "\n"
    }

    /// The markdown table.
    public var description: String { markdown }
}

/// Runs the dense-split node classification protocol for several models and datasets.
public enum SpectralComparison {
    /// Trains every model on every dataset for seeds 0..<seeds (split and initialisation seeded alike) and
    /// summarises the test accuracies. Datasets without features (PubMed) become "missing" rows, never
    /// made-up numbers. `onRun` sees each finished run with its model (for figures).
    /// - Throws: ``LONGNNError`` for unknown models, ``InterruptedError`` on interrupt.
    /// With `balancedSplit`, each seed uses ``Dataset/balancedDenseSplit(seed:train:validation:)`` (the official code's split)
    /// instead of the stratified ``Split/dense(seed:train:validation:)``.
    public static func run(datasets: [String], models: [String], seeds: Int = 10, epochs: Int = 1000, patience: Int = 200,
                           balancedSplit: Bool = false,
                           onRun: ((NodeClassificationRun, NodeClassifier) throws -> Void)? = nil) throws -> ComparisonTable {
        var rows: [ComparisonRow] = []
        for name in datasets {
            let dataset = try Datasets.load(name)
            guard dataset.x != nil, dataset.kind == .nodeClassification else {
                for m in models {
                    rows.append(ComparisonRow(dataset: dataset.name, model: m, summary: nil,
                                              note: "missing: no node features in data/", seconds: 0))
                }
                continue
            }
            for m in models {
                let start = Date()
                var accuracies: [Double] = []
                for seed in 0..<max(seeds, 1) {
                    let model = try SpectralModels.make(m, for: dataset, seed: seed)
                    let run = balancedSplit
                        ? try model.fit(dataset, parts: try dataset.balancedDenseSplit(seed: seed), seed: seed, epochs: epochs, patience: patience)
                        : try model.fit(dataset, split: .dense(seed: seed), epochs: epochs, patience: patience)
                    accuracies.append(run.testAccuracy)
                    try onRun?(run, model)
                }
                rows.append(ComparisonRow(dataset: dataset.name, model: m, summary: AccuracySummary(accuracies), note: "",
                                          seconds: Date().timeIntervalSince(start)))
            }
        }
        return ComparisonTable(rows: rows)
    }
}
