// LibBench: the library core against PyTorch (CPU) on the same machine, same thread count.
//
//   swift run -c release --package-path bench LibBench [--repeats N] [--rounds R] [--only KEY] [--no-peer] [--no-split] [--threads T]
//
// Each round times our side in-process, then runs peer.py (PyTorch) with the peers
// venv (~/peers-venv/bin/python, else /work/venv-torch/bin/python). Rounds alternate
// the two sides so that both see the same background load; each cell of the table
// is the best time over all rounds. Prints one markdown table with the ratio
// PyTorch time / Swift time (> 1: we are faster).
import BenchSupport
import Foundation
import Lib

let arguments = CommandLine.arguments
let threads = max(option("--threads").flatMap(Int.init) ?? 2, 1)
BenchThreads.use(threads)

let repeatScale = option("--repeats").flatMap(Int.init) ?? 1
let rounds = max(option("--rounds").flatMap(Int.init) ?? 3, 1)
let skipPeer = arguments.contains("--no-peer")
let only = option("--only")
if arguments.contains("--no-split") { BLAS.parallelWork = .max }  // every product in one OpenBLAS call

/// Whether the row `key` should run (all rows unless `--only KEY` was given).
func selected(_ key: String) -> Bool { only == nil || only == key }

/// Best (minimum) wall time in milliseconds of `repeats` runs after `warmup` runs; the minimum is the
/// least disturbed by other processes on a shared machine (as Python's `timeit` recommends).
func measure(repeats: Int, warmup: Int = 3, _ body: () throws -> Void) rethrows -> Double {
    for _ in 0..<warmup { try body() }
    var times: [Double] = []
    for _ in 0..<(repeats * repeatScale) {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    return times.min() ?? 0
}

/// One workload: a key shared with peer.py, a title, and a timing function.
struct Workload {
    let key: String
    let title: String
    let run: () throws -> Double
}

// MARK: - Workloads

func matmulWorkload() -> Workload {
    let a = Tensor.randn([1024, 1024], seed: 0), b = Tensor.randn([1024, 1024], seed: 1)
    return Workload(key: "matmul", title: "matmul 1024×1024 · 1024×1024 (float32)") {
        try measure(repeats: 20) { _ = try a.matmul(b) }
    }
}

func gcnWorkload() throws -> Workload {
    let cora = try Datasets.load("cora")
    let x = cora.x ?? Tensor.zeros([cora.nodeCount, 1])
    let graph = try cora.graph ?? Graph(edgeIndex: [[], []], nodeCount: 0)
    let train = try cora.split(.standard).train
    let labels = train.map { cora.labels[$0] }
    let conv1 = GCNConv(cora.featureCount, 16, seed: 0), conv2 = GCNConv(16, cora.classCount, seed: 1)
    _ = graph.normalizedAdjacency(selfLoops: true)  // built once, as the peer builds its sparse matrix once
    return Workload(key: "gcn", title: "GCN 2 layers (1433→16→7), Cora, forward + backward") {
        try measure(repeats: 30) {
            conv1.zeroGrad(); conv2.zeroGrad()
            let h = try conv1(x, graph: graph).relu()
            let out = try conv2(h, graph: graph)
            try Loss.crossEntropy(out.indexSelect(train), labels).backward()
        }
    }
}

func ginWorkload() throws -> Workload {
    let zinc = try Datasets.load("zinc")
    let batch = try zinc.batch(Array(0..<128))
    let gin = GINConv(try MLP([28, 64, 64], seed: 0))
    return Workload(key: "gin", title: "GIN layer (28→64→64), 128 ZINC graphs, forward + backward") {
        try measure(repeats: 50) {
            gin.zeroGrad()
            let h = try gin(batch.x, graph: batch.batch.graph).relu()
            try batch.batch.sumPool(h).mean().backward()
        }
    }
}

func adamWorkload() -> Workload {
    let p = Parameter(Tensor.randn([1_000_000], seed: 0))
    p.grad = Tensor.randn([1_000_000], seed: 1)
    let adam = Adam([p], lr: 1e-3)
    return Workload(key: "adam", title: "Adam step, 1M float32 parameters") {
        try measure(repeats: 50) { try adam.step() }
    }
}

// MARK: - Peer (PyTorch)


func runPeer(_ python: String) -> (version: String, times: [String: Double])? {
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("peer.py").path
    guard let dataDir = try? DataLocator.dataDirectory() else { return nil }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = [script, "--data", dataDir, "--threads", "\(threads)", "--repeat-scale", "\(repeatScale)"]
        + (only.map { ["--only", $0] } ?? [])
    let pipe = Pipe()
    process.standardOutput = pipe
    do { try process.run() } catch { return nil }
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0, let text = String(data: output, encoding: .utf8) else { return nil }
    var version = "PyTorch"
    var times: [String: Double] = [:]
    for line in text.split(separator: "\n") {
        let parts = line.split(separator: " ")
        if parts.first == "version", parts.count >= 2 { version = "PyTorch \(parts[1])" }
        if parts.count == 2, let ms = Double(parts[1]) { times[String(parts[0])] = ms }
    }
    return (version, times)
}

// MARK: - Rounds

let workloads = try [matmulWorkload(), gcnWorkload(), ginWorkload(), adamWorkload()].filter { selected($0.key) }
let python = skipPeer ? nil : PeerPython.path()
var ours = [Double](repeating: .infinity, count: workloads.count)
var theirs: [String: Double] = [:]
var peerVersion: String?
var peerFailed = false
for _ in 0..<rounds {
    for (i, w) in workloads.enumerated() { ours[i] = min(ours[i], try w.run()) }
    if let python {
        if let result = runPeer(python) {
            peerVersion = result.version
            for (k, v) in result.times { theirs[k] = min(theirs[k] ?? .infinity, v) }
        } else {
            peerFailed = true
        }
    }
}

print("")
print("LibBench — best wall time over \(rounds) alternating rounds, \(threads) threads on both sides "
    + "(OpenBLAS \(BLAS.threadCount) threads here)")
print("")
print("| benchmark | Swift Lib (ms) | \(peerVersion ?? "PyTorch") CPU (ms) | PyTorch / Swift |")
print("|---|---:|---:|---:|")
for (i, w) in workloads.enumerated() {
    let p = theirs[w.key]
    let peerText = p.map { String(format: "%.3f", $0) } ?? "—"
    let ratio = p.map { String(format: "%.2f×", $0 / ours[i]) } ?? "—"
    print("| \(w.title) | \(String(format: "%.3f", ours[i])) | \(peerText) | \(ratio) |")
}
if python == nil {
    print("")
    print(skipPeer ? "Peer column skipped (--no-peer)."
        : "Peer column skipped: no Python with PyTorch at ~/peers-venv/bin/python or /work/venv-torch/bin/python.")
} else if peerFailed {
    print("")
    print("Note: the PyTorch script failed in at least one round; its column shows the rounds that succeeded.")
}
