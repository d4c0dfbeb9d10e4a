// ENFAReproduce: regenerates results/enfa/table.md (+ figures) for every shipped graph dataset:
// storage of the conventional bag and of ENFA's compact form, the reduction, epoch time of both
// models (same code, same weights, same batches) and the speed-up, and the task metric.
//
//   swift run -c release --package-path bench ENFAReproduce [--quick | --full] [--out DIR] [--only NAME]
//   swift run -c release --package-path bench ENFAReproduce --exactness [--only NAME]   (writes exactness.md)
//
// --quick (default): a seeded subset of each dataset, one split, a few epochs.
// --full: the whole dataset, ESAN's protocol (ZINC 400 epochs; TU 10-fold CV, 350 epochs).
import BenchSupport
import Foundation
import ENFA
import Lib
import Plotting

BenchThreads.use(2)

let arguments = CommandLine.arguments
let full = arguments.contains("--full")
let outDir = option("--out") ?? "results/enfa"
let only = option("--only")
let policy = try SubgraphPolicy.named(option("--policy") ?? "node-marked")
try FileManager.default.createDirectory(atPath: outDir, withIntermediateDirectories: true)
if arguments.contains("--exactness") {
    try writeExactnessTable(outDir: outDir, only: only)
    exit(0)
}

/// Protocol per dataset (ESAN's hyper-parameters; quick mode shrinks graphs and epochs).
struct Setup {
    let name: String
    let layers: Int
    let hidden: Int
    let lr: Double
    let batch: Int
    let quickGraphs: Int
    let quickEpochs: Int
    let fullEpochs: Int
}
let setups = [
    Setup(name: "zinc", layers: 4, hidden: 64, lr: 1e-3, batch: 128, quickGraphs: 500, quickEpochs: 3, fullEpochs: 400),
    Setup(name: "mutag", layers: 4, hidden: 32, lr: 1e-2, batch: 32, quickGraphs: 188, quickEpochs: 3, fullEpochs: 350),
    Setup(name: "proteins", layers: 4, hidden: 32, lr: 1e-2, batch: 32, quickGraphs: 150, quickEpochs: 3, fullEpochs: 350),
    Setup(name: "nci1", layers: 4, hidden: 32, lr: 1e-2, batch: 32, quickGraphs: 200, quickEpochs: 3, fullEpochs: 350),
    Setup(name: "ptc_mr", layers: 4, hidden: 32, lr: 1e-2, batch: 32, quickGraphs: 200, quickEpochs: 3, fullEpochs: 350),
    Setup(name: "imdb_binary", layers: 4, hidden: 32, lr: 1e-2, batch: 32, quickGraphs: 200, quickEpochs: 3, fullEpochs: 350),
    Setup(name: "exp", layers: 6, hidden: 32, lr: 1e-3, batch: 32, quickGraphs: 100, quickEpochs: 3, fullEpochs: 100),
    Setup(name: "csl", layers: 4, hidden: 32, lr: 1e-3, batch: 16, quickGraphs: 150, quickEpochs: 3, fullEpochs: 350),
    Setup(name: "sr25", layers: 4, hidden: 32, lr: 1e-3, batch: 15, quickGraphs: 15, quickEpochs: 3, fullEpochs: 100),
]

struct Row {
    let name: String
    let graphs: Int
    let trained: Int
    let convBytes: Int
    let enfaBytes: Int
    let convElements: Int
    let enfaElements: Int
    let convSeconds: Double
    let enfaSeconds: Double
    let convCPU: Double
    let enfaCPU: Double
    let curveGap: Double
    let convMetric: Double
    let enfaMetric: Double
    let metricName: String
    var reduction: Double { 1 - Double(enfaBytes) / Double(convBytes) }
    var elementReduction: Double { 1 - Double(enfaElements) / Double(convElements) }
    var speedup: Double { convSeconds / enfaSeconds }
    var cpuSpeedup: Double { convCPU / enfaCPU }
}

func fmtBytes(_ b: Int) -> String {
    b >= 1 << 30 ? String(format: "%.2f GiB", Double(b) / Double(1 << 30))
        : b >= 1 << 20 ? String(format: "%.1f MiB", Double(b) / Double(1 << 20)) : String(format: "%.1f KiB", Double(b) / 1024)
}

var rows: [Row] = []
var zincRuns: [SubgraphTrainingRun] = []
var policyStorage: [(String, [Double])] = []
let started = Date()
for s in setups where only == nil || only == s.name {
    let d = try Datasets.load(s.name)
    // Storage over the whole dataset: conventional counted without materialising, compact built.
    var convBytes = 0, enfaBytes = 0, convElements = 0, enfaElements = 0
    for g in d.graphs {
        convBytes += try SubgraphBag.storageBytes(of: g, policy: policy)
        convElements += try SubgraphBag.elementCount(of: g, policy: policy)
        let bag = try EgoNetBag(g, policy: policy, layers: s.layers)
        enfaBytes += bag.storageBytes
        enfaElements += bag.elementCount
    }
    // Storage reduction of every policy (ego radius 2): whole dataset (full) or the first 300 graphs (quick).
    var perPolicy: [Double] = []
    for p in SubgraphPolicy.all(egoRadius: 2) {
        var c = 0, e = 0
        for g in (full ? d.graphs : Array(d.graphs.prefix(300))) {
            c += try SubgraphBag.storageBytes(of: g, policy: p)
            e += try EgoNetBag(g, policy: p, layers: s.layers).storageBytes
        }
        perPolicy.append(100 * (1 - Double(e) / Double(c)))
    }
    policyStorage.append((s.name, perPolicy))
    // Training subset and split.
    let train: [Int], test: [Int]
    if s.name == "zinc" {
        let split = try d.split(.standard)
        let nTrain = full ? split.train.count : s.quickGraphs * 4 / 5
        train = Array(split.train.prefix(nTrain))
        test = Array(split.test.prefix(full ? split.test.count : s.quickGraphs / 5))
    } else {
        // Fold 0 of a stratified 10-fold split; quick mode takes a seeded random subset of each part
        // (the files are sorted by class, so a plain prefix would hold one class only).
        let split = try d.split(.kFold(k: 10, fold: 0, seed: 0))
        let rng = RNG(seed: 0)
        var pool = split.train + split.validation, held = split.test
        rng.shuffle(&pool)
        rng.shuffle(&held)
        train = full ? pool : Array(pool.prefix(s.quickGraphs * 9 / 10))
        test = full ? held : Array(held.prefix(max(s.quickGraphs / 10, 2)))
    }
    let used = train + test
    var local = [Int: Int]()
    for (k, i) in used.enumerated() { local[i] = k }
    let bags = try PreparedBags(used.map { d.graphs[$0] }, policy: policy, layers: s.layers)
    var config = SubgraphGNNConfiguration(policy: policy, inputFeatures: d.featureCount,
                                          task: d.kind == .graphRegression ? .regression : .classification(classes: d.classCount))
    config.layers = s.layers
    config.hidden = s.hidden
    config.edgeFeatures = s.name == "zinc" ? (d.graphs[0].edgeAttributes?.shape[1] ?? 0) : 0
    config.seed = 0
    let epochs = full ? s.fullEpochs : s.quickEpochs
    let trainIdx = train.map { local[$0]! }, testIdx = test.map { local[$0]! }
    var runs: [SubgraphTrainingRun] = []
    for form in BagForm.allCases {
        let trainer = SubgraphTrainer(model: try SubgraphGNN(config), form: form, lr: s.lr, batchSize: s.batch, seed: 0)
        runs.append(try trainer.fit(bags, train: trainIdx, test: testIdx, epochs: epochs))
    }
    if s.name == "zinc" { zincRuns = runs }
    let row = Row(name: s.name, graphs: d.graphs.count, trained: used.count, convBytes: convBytes, enfaBytes: enfaBytes,
                  convElements: convElements, enfaElements: enfaElements,
                  convSeconds: runs[0].medianEpochSeconds, enfaSeconds: runs[1].medianEpochSeconds,
                  convCPU: runs[0].medianEpochCPUSeconds, enfaCPU: runs[1].medianEpochCPUSeconds,
                  curveGap: zip(runs[0].losses, runs[1].losses).map { abs($0 - $1) / max(abs($0), 1e-12) }.max() ?? 0,
                  convMetric: runs[0].metrics.last ?? .nan, enfaMetric: runs[1].metrics.last ?? .nan, metricName: runs[0].metricName)
    rows.append(row)
    print(String(format: "%@: nodes+edges −%.1f%%, storage %@ → %@ (%.1f%%), epoch %.3f s → %.3f s (%.2fx wall, %.2fx CPU), %@ %.4f / %.4f, loss gap %.1e  [%.0f s]",
                 s.name, 100 * row.elementReduction, fmtBytes(row.convBytes), fmtBytes(row.enfaBytes), 100 * row.reduction, row.convSeconds, row.enfaSeconds,
                 row.speedup, row.cpuSpeedup, row.metricName, row.convMetric, row.enfaMetric, row.curveGap, Date().timeIntervalSince(started)))
}

// MARK: - Table

let command = "swift run -c release --package-path bench ENFAReproduce " + (full ? "--full" : "--quick")
    + (only.map { " --only \($0)" } ?? "") + (option("--policy").map { " --policy \($0)" } ?? "")
var md = "# ENFA reproduction: storage, epoch time and task metric\n\n"
md += "Regenerate with `\(command)` (from the repository root; \(full ? "full protocol" : "quick mode: a seeded subset of each dataset, fold 0, a few epochs")).\n"
md += "Policy: \(policy); GIN layers with batch norm, DS-GNN, sum subgraph pooling, mean set aggregation, Adam.\n\n"
md += "| dataset | graphs (trained on) | layers | nodes + edges reduction (paper's count) | conventional storage | ENFA storage | byte reduction | conventional s/epoch (CPU s) | ENFA s/epoch (CPU s) | speed-up wall (CPU) | metric (conventional / ENFA) | max loss-curve gap |\n"
md += "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|\n"
for (r, s) in zip(rows, setups.filter { only == nil || only == $0.name }) {
    md += String(format: "| %@ | %d (%d) | %d | %.1f%% | %@ | %@ | %.1f%% | %.3f (%.3f) | %.3f (%.3f) | %.2fx (%.2fx) | %@ %.4f / %.4f | %.1e |\n",
                 r.name, r.graphs, r.trained, s.layers, 100 * r.elementReduction, fmtBytes(r.convBytes), fmtBytes(r.enfaBytes), 100 * r.reduction,
                 r.convSeconds, r.convCPU, r.enfaSeconds, r.enfaCPU, r.speedup, r.cpuSpeedup, r.metricName, r.convMetric, r.enfaMetric, r.curveGap)
}
md += "| **paper** | | | **29.0%–84.5%** (storage) | | | | | | **up to 1.66x** | identical by construction | |\n\n"
md += "## Storage reduction per policy (\(full ? "whole datasets" : "first 300 graphs of each dataset"), ego radius 2, same layers as above)\n\n"
md += "| dataset | " + SubgraphPolicy.all(egoRadius: 2).map(\.description).joined(separator: " | ") + " |\n"
md += "|---|" + String(repeating: "---:|", count: 5) + "\n"
for (name, values) in policyStorage { md += "| \(name) | " + values.map { String(format: "%.1f%%", $0) }.joined(separator: " | ") + " |\n" }
md += """

## Notes

- Two storage measures. *Nodes + edges* is the paper's count: m·n + Σ|E_i| for the conventional bag
  against Σ_i (|B_i| + ring + |E(B_i)|) for ENFA. *Bytes* counts every array each form holds (see
  `SubgraphBag` and `EgoNetBag`): conventional = node features with marks (Float32) + kept edges
  (2 × Int64) + copied edge features + row → subgraph ids + the original edge index; ENFA = the original
  graph once + per stored node an Int64 id and a UInt8 hop + per stored edge three Int64 + pointers.
  The byte reduction is larger than the count reduction because ENFA stores no feature rows per
  subgraph (they are read from the original graph). Both cover the whole dataset.
- Epoch time: median over the epochs of one run per model on the trained subset, batches assembled
  inside the timed epoch for both; both models are the same Swift code and weights (ENFA wraps the
  conventional model). The machine is a shared 2-core box that other jobs were loading heavily
  (load average around 17), so wall times mostly measure waiting for a core; process CPU time
  (user + system, all threads) is the steadier measure and the one to compare.
- The metric is the test MAE (ZINC) or accuracy after the last epoch. Quick mode trains a few epochs on
  a seeded subset (fold 0), so metrics are far from converged (ESAN: ZINC MAE ≈ 0.10 after 400 epochs;
  TU accuracies need 350 epochs and 10 folds: `--full`).
- ENFA is exact: in Float64, outputs, gradients and batch-norm statistics agree within the tested 1e-5
  (outputs observed around 1e-11), and whole training runs agree to 1e-8 (Tests/ENFATests). In Float32, one step agrees to 1e-5, or as closely as the conventional model agrees with exact arithmetic (`exactness.md`: `--exactness`), but over many steps the
  rounding differences are amplified (Adam rescales near-zero gradients to full-size steps, and batch
  norm divides near-constant channels by √ε ≈ 0.003 on graphs whose nodes look alike: IMDB-B cliques,
  CSL, SR25, PROTEINS), so the curves can drift apart ("max loss-curve gap") exactly as two runs of the
  conventional model with a different summation order would.
- Why our numbers differ from the paper's: the saving depends on how much of each graph lies within
  L + 1 hops of the pivots. Long sparse molecules (ZINC, NCI1, PTC, MUTAG) save most; small-diameter
  graphs (IMDB-B, SR25: diameter 2; CSL) are covered entirely by a radius-(L+1) ball, so ENFA stores every
  node again plus its id and hop (negative byte reduction, no count reduction). It still computes only
  the rows within t hops of the pivot at layer t, which on IMDB-B roughly balances the extra
  original-graph pass and the row copies (0.76x and 1.48x CPU-time speed-up in two runs on the loaded
  machine); on the tiny SR25 batches the extra pass dominates (about 0.7x). Ego-nets(2) on diameter-2 graphs keeps every edge, so the
  subgraph equals the graph and ENFA stores nothing per subgraph (96%). Our speed-ups exceed the paper's
  1.66x on molecules because our conventional model pays full price for every duplicated row (no
  sparse-kernel tricks) while ENFA's explicit rows are a small fraction of them at L = 4.

"""
try md.write(toFile: "\(outDir)/table.md", atomically: true, encoding: .utf8)
print(md)

// MARK: - Figures

let names = rows.map(\.name)
let storageFigure = Figure(width: 720, height: 360)
try storageFigure.axes.bar(names, series: [rows.map { _ in 100 }, rows.map { 100 * Double($0.enfaBytes) / Double($0.convBytes) }],
                       labels: ["conventional", "ENFA"])
storageFigure.axes.title = "Storage of the prepared bags, % of conventional (\(policy))"
storageFigure.axes.yLabel = "% of conventional bytes"
try storageFigure.save("\(outDir)/storage.png")
try storageFigure.save("\(outDir)/storage.svg")

let speedFigure = Figure(width: 720, height: 360)
try speedFigure.axes.bar(names, series: [rows.map(\.cpuSpeedup), rows.map(\.speedup)],
                         labels: ["CPU-time speed-up", "wall-time speed-up (shared machine)"])
try speedFigure.axes.line([-0.5, Double(names.count) - 0.5], [1.66, 1.66], label: "paper: up to 1.66x")
speedFigure.axes.title = "Training speed-up of ENFA"
try speedFigure.save("\(outDir)/speedup.png")
try speedFigure.save("\(outDir)/speedup.svg")

if zincRuns.count == 2 {
    let curves = Figure(width: 640, height: 360)
    let epochs = (1...zincRuns[0].losses.count).map(Double.init)
    try curves.axes.line(epochs, zincRuns[0].losses, label: "conventional", width: 4)
    try curves.axes.line(epochs, zincRuns[1].losses, label: "ENFA", width: 1.5)
    curves.axes.title = "ZINC training loss (L1): the curves coincide"
    curves.axes.xLabel = "epoch"
    try curves.save("\(outDir)/zinc_curves.png")
    try curves.save("\(outDir)/zinc_curves.svg")
}
