// ENFABench: one training epoch (forward, L1 loss, backward, Adam step over pre-assembled batches)
// of the conventional subgraph GNN, ours against a PyTorch PyG-style implementation of the same
// model (peer.py, run in the same process tree between our rounds), and ENFA against our
// conventional model, on ZINC graphs (about 23 nodes) with 4 GINE layers, 64 hidden, node-marked.
//
//   swift run -c release --package-path bench ENFABench [--graphs 512] [--batch 128] [--layers 4]
//                                                      [--hidden 64] [--rounds 3] [--no-peer]
//
// Each cell is the best epoch time over the rounds (the least disturbed on a shared machine).
import BenchSupport
import Foundation
import ENFA
import Lib

BenchThreads.use(2)

let arguments = CommandLine.arguments
let graphs = option("--graphs").flatMap(Int.init) ?? 512
let batchSize = option("--batch").flatMap(Int.init) ?? 128
let layers = option("--layers").flatMap(Int.init) ?? 4
let hidden = option("--hidden").flatMap(Int.init) ?? 64
let rounds = max(option("--rounds").flatMap(Int.init) ?? 3, 1)
let skipPeer = arguments.contains("--no-peer")

let zinc = try Datasets.load("zinc")
let samples = Array(zinc.graphs.prefix(graphs))
var config = SubgraphGNNConfiguration(policy: .nodeMarked, inputFeatures: zinc.featureCount, task: .regression)
config.layers = layers
config.hidden = hidden
config.edgeFeatures = samples[0].edgeAttributes?.shape[1] ?? 0
let chunks = stride(from: 0, to: samples.count, by: batchSize).map { Array(samples[$0..<min($0 + batchSize, samples.count)]) }
let conventionalBatches = try chunks.map { try SubgraphBatch($0.map { try SubgraphBag($0, policy: config.policy) }) }
let enfaBatches = try chunks.map { try EgoNetBatch($0.map { try EgoNetBag($0, policy: config.policy, layers: layers) }) }

/// (wall ms, process CPU ms) of one epoch.
func epochMilliseconds(_ model: SubgraphGNN, _ step: (Int) throws -> Tensor, targets: [Tensor], optimizer: Adam) throws -> (Double, Double) {
    let start = DispatchTime.now().uptimeNanoseconds, cpu = SubgraphTrainer.processCPUSeconds()
    for k in 0..<targets.count {
        let out = try step(k)
        let loss = try model.loss(out, labels: [], targets: targets[k])
        optimizer.zeroGrad()
        try loss.backward()
        try optimizer.step()
    }
    return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6, (SubgraphTrainer.processCPUSeconds() - cpu) * 1000)
}

let conventionalModel = try SubgraphGNN(config), enfaModel = try SubgraphGNN(config)
let fast = ENFA(enfaModel)
let conventionalAdam = Adam(conventionalModel.parameters(), lr: 1e-3), enfaAdam = Adam(enfaModel.parameters(), lr: 1e-3)
func conventionalEpoch() throws -> (Double, Double) {
    try epochMilliseconds(conventionalModel, { try conventionalModel(conventionalBatches[$0]) },
                          targets: conventionalBatches.map(\.targets), optimizer: conventionalAdam)
}
func enfaEpoch() throws -> (Double, Double) {
    try epochMilliseconds(enfaModel, { try fast(enfaBatches[$0]) }, targets: enfaBatches.map(\.targets), optimizer: enfaAdam)
}

func runPeer(_ py: String) -> (String, [Double], [Double])? {
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("peer.py").path
    guard let data = try? DataLocator.path(of: "zinc_like.npz") else { return nil }
    let p = Process()
    p.executableURL = URL(fileURLWithPath: py)
    p.arguments = [script, data, "\(graphs)", "\(batchSize)", "\(layers)", "\(hidden)", "1"]
    let pipe = Pipe()
    p.standardOutput = pipe
    do { try p.run() } catch { return nil }
    let out = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    guard let line = String(data: out, encoding: .utf8)?.split(separator: "\n").last,
          let json = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
          let times = json["epoch_ms"] as? [Double], let cpu = json["epoch_cpu_ms"] as? [Double] else { return nil }
    return (json["version"] as? String ?? "?", times, cpu)
}

_ = try conventionalEpoch(); _ = try enfaEpoch()  // warm-up
var ours: [Double] = [], ours2: [Double] = [], peer: [Double] = []
var oursCPU: [Double] = [], ours2CPU: [Double] = [], peerCPU: [Double] = []
var peerVersion = "skipped"
let py = skipPeer ? nil : PeerPython.path()
for r in 0..<rounds {
    let (w1, c1) = try conventionalEpoch()
    ours.append(w1); oursCPU.append(c1)
    let (w2, c2) = try enfaEpoch()
    ours2.append(w2); ours2CPU.append(c2)
    if let py, let result = runPeer(py) { peerVersion = result.0; peer.append(contentsOf: result.1); peerCPU.append(contentsOf: result.2) }
    print("round \(r + 1)/\(rounds): conventional \(Int(w1)) ms (CPU \(Int(c1))), ENFA \(Int(w2)) ms (CPU \(Int(c2)))"
          + (peer.isEmpty ? "" : ", PyTorch \(Int(peer.last!)) ms (CPU \(Int(peerCPU.last!)))"))
}
let rowsConv = conventionalBatches.reduce(0) { $0 + $1.x.shape[0] }, rowsEnfa = enfaBatches.reduce(0) { $0 + $1.rowCount }
let bestOurs = ours.min()!, bestEnfa = ours2.min()!
let bestOursCPU = oursCPU.min()!, bestEnfaCPU = ours2CPU.min()!
print("")
print("ZINC, \(graphs) graphs, batch \(batchSize), node-marked, DS-GNN, \(layers) GINE layers, hidden \(hidden); one epoch = forward + L1 + backward + Adam; best of \(rounds) rounds, 2 threads")
print("subgraph rows per epoch: conventional \(rowsConv), ENFA stored \(rowsEnfa) (+ \(enfaBatches.reduce(0) { $0 + $1.original.x.shape[0] }) original-graph rows)")
print("")
print("| workload | ours wall ms (CPU ms) | peer wall ms (CPU ms) | ratio peer/ours wall (CPU) |")
print("|---|---:|---:|---:|")
if let bestPeer = peer.min(), let bestPeerCPU = peerCPU.min() {
    print(String(format: "| conventional subgraph GNN vs PyTorch %@ | %.1f (%.1f) | %.1f (%.1f) | %.2fx (%.2fx) |", peerVersion,
                  bestOurs, bestOursCPU, bestPeer, bestPeerCPU, bestPeer / bestOurs, bestPeerCPU / bestOursCPU))
} else {
    print(String(format: "| conventional subgraph GNN vs PyTorch (not run) | %.1f (%.1f) | – | – |", bestOurs, bestOursCPU))
}
print(String(format: "| ENFA (ours) vs our conventional model (peer column) | %.1f (%.1f) | %.1f (%.1f) | %.2fx (%.2fx) |",
              bestEnfa, bestEnfaCPU, bestOurs, bestOursCPU, bestOurs / bestEnfa, bestOursCPU / bestEnfaCPU))
