// LibBench: the library core against PyTorch (CPU) on the same machine, same thread count.
//
//   swift run -c release --package-path bench LibBench [--repeats N] [--no-peer]
//
// Times our side in-process, then runs peer.py (PyTorch) with the peers venv
// (~/peers-venv/bin/python, else /work/venv-torch/bin/python) and prints one
// markdown table with the ratio PyTorch time / Swift time (> 1: we are faster).
import Foundation
import Lib

let threads = 2
setenv("OPENBLAS_NUM_THREADS", "\(threads)", 1)
setenv("OMP_NUM_THREADS", "\(threads)", 1)
setenv("MKL_NUM_THREADS", "\(threads)", 1)
BLAS.setThreadCount(threads)

let arguments = CommandLine.arguments
let repeatScale = arguments.firstIndex(of: "--repeats").flatMap { Int(arguments[$0 + 1]) } ?? 1
let skipPeer = arguments.contains("--no-peer")
let only = arguments.firstIndex(of: "--only").map { arguments[$0 + 1] }

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

struct Row {
    let key: String
    let title: String
    let ms: Double
}

var rows: [Row] = []

// MARK: - 1. Dense matmul 1024²
if selected("matmul") {
    let a = Tensor.randn([1024, 1024], seed: 0), b = Tensor.randn([1024, 1024], seed: 1)
    let ms = try measure(repeats: 20) { _ = try a.matmul(b) }
    rows.append(Row(key: "matmul", title: "matmul 1024×1024 · 1024×1024 (float32)", ms: ms))
}

// MARK: - 2. Two-layer GCN on Cora, forward + backward
if selected("gcn") {
    let cora = try Datasets.load("cora")
    guard let x = cora.x, let graph = cora.graph else { fatalError("cora has no features") }
    let train = try cora.split(.standard).train
    let labels = train.map { cora.labels[$0] }
    let conv1 = GCNConv(cora.featureCount, 16, seed: 0), conv2 = GCNConv(16, cora.classCount, seed: 1)
    _ = graph.normalizedAdjacency(selfLoops: true)  // built once, as the peer builds its sparse matrix once
    let ms = try measure(repeats: 30) {
        conv1.zeroGrad(); conv2.zeroGrad()
        let h = try conv1(x, graph: graph).relu()
        let out = try conv2(h, graph: graph)
        let loss = try Loss.crossEntropy(out.indexSelect(train), labels)
        try loss.backward()
    }
    rows.append(Row(key: "gcn", title: "GCN 2 layers (1433→16→7), Cora, forward + backward", ms: ms))
}

// MARK: - 3. GIN layer on 128 ZINC graphs, forward + backward
if selected("gin") {
    let zinc = try Datasets.load("zinc")
    let batch = try zinc.batch(Array(0..<128))
    let mlp = try MLP([28, 64, 64], seed: 0)
    let gin = GINConv(mlp)
    let ms = try measure(repeats: 50) {
        gin.zeroGrad()
        let h = try gin(batch.x, graph: batch.batch.graph).relu()
        let loss = try batch.batch.sumPool(h).mean()
        try loss.backward()
    }
    rows.append(Row(key: "gin", title: "GIN layer (28→64→64), 128 ZINC graphs, forward + backward", ms: ms))
}

// MARK: - 4. Adam step on 1M parameters
if selected("adam") {
    let p = Parameter(Tensor.randn([1_000_000], seed: 0))
    p.grad = Tensor.randn([1_000_000], seed: 1)
    let adam = Adam([p], lr: 1e-3)
    let ms = try measure(repeats: 50) { try adam.step() }
    rows.append(Row(key: "adam", title: "Adam step, 1M float32 parameters", ms: ms))
}

// MARK: - Peer (PyTorch)

func peerPython() -> String? {
    let home = FileManager.default.homeDirectoryForCurrentUser.path
    for candidate in ["\(home)/peers-venv/bin/python", "/work/venv-torch/bin/python"]
    where FileManager.default.isExecutableFile(atPath: candidate) {
        return candidate
    }
    return nil
}

func runPeer() -> (version: String, times: [String: Double])? {
    guard !skipPeer, let python = peerPython() else { return nil }
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("peer.py").path
    guard let dataDir = try? DataLocator.dataDirectory() else { return nil }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = [script, "--data", dataDir, "--threads", "\(threads)", "--repeat-scale", "\(repeatScale)"]
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

let peer = runPeer()
print("")
print("LibBench — best of N wall time, \(threads) threads on both sides (OpenBLAS \(BLAS.threadCount) threads here)")
print("")
let peerName = peer?.version ?? "PyTorch"
print("| benchmark | Swift Lib (ms) | \(peerName) CPU (ms) | PyTorch / Swift |")
print("|---|---:|---:|---:|")
for row in rows {
    let p = peer?.times[row.key]
    let peerText = p.map { String(format: "%.3f", $0) } ?? "—"
    let ratio = p.map { String(format: "%.2f×", $0 / row.ms) } ?? "—"
    print("| \(row.title) | \(String(format: "%.3f", row.ms)) | \(peerText) | \(ratio) |")
}
if peer == nil {
    print("")
    print("Peer column skipped: no Python with PyTorch found (~/peers-venv/bin/python or /work/venv-torch/bin/python), or --no-peer.")
}
