// LONGNNBench: epoch time of LON-GNN and JacobiConv on Cora and Amazon Computers against
// PyTorch implementations of the same models (peer_torch.py, run in the same process tree).
//
//   swift run -c release --package-path bench LONGNNBench [--epochs N] [--rounds R] [--no-peer] [--only cora]
//
// One epoch = one training step (forward, NLL on the training nodes, backward, Adam step over
// the published parameter groups) plus one evaluation forward pass, as in the official loops.
// Both sides use 2 threads; rounds alternate the sides so both see the same background load;
// each cell is the best (minimum over rounds) median epoch time. Ratio = PyTorch / Swift (> 1: faster).
import BenchSupport
import Foundation
import Lib
import LONGNN

let threads = 2
BenchThreads.use(threads)

let arguments = CommandLine.arguments
let epochs = option("--epochs").flatMap(Int.init) ?? 30
let rounds = max(option("--rounds").flatMap(Int.init) ?? 2, 1)
let skipPeer = arguments.contains("--no-peer")
let only = option("--only")


/// Runs peer_torch.py and returns its milliseconds per epoch.
func peerEpochMS(dataset: String, model: String, dataDir: String) -> Double? {
    guard let python = PeerPython.path() else { return nil }
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("peer_torch.py").path
    let p = Process()
    p.executableURL = URL(fileURLWithPath: python)
    p.arguments = [script, "--data", dataDir, "--dataset", dataset, "--model", model, "--epochs", "\(epochs)", "--threads", "\(threads)"]
    let out = Pipe()
    p.standardOutput = out
    p.standardError = FileHandle.nullDevice
    do { try p.run() } catch { return nil }
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    guard let line = String(data: data, encoding: .utf8)?.split(separator: "\n").last,
          let json = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return nil }
    return (json["ms_per_epoch"] as? NSNumber)?.doubleValue
}

/// Median milliseconds of one epoch of `model` on `dataset` (after 5 warm-up epochs).
func swiftEpochMS(_ model: NodeClassifier, _ dataset: Dataset) throws -> Double {
    guard let graph = dataset.graph, let rawX = dataset.x else { return .nan }
    let x = try rawX.rowNormalized()
    let perm = RNG(seed: 0).permutation(graph.nodeCount)
    let train = Array(perm.prefix(Int(0.6 * Double(graph.nodeCount)))).sorted()
    let labels = train.map { dataset.labels[$0] }
    let optimizer = Adam(model.parameterGroups())
    func epoch() throws {
        model.train()
        optimizer.zeroGrad()
        let out = try model.forward(x, graph: graph)
        try Loss.nll(out.indexSelect(train), labels).backward()
        try optimizer.step()
        model.eval()
        _ = try withNoGrad { try model.forward(x, graph: graph).argmaxIndices() }
    }
    for _ in 0..<5 { try epoch() }
    var times: [Double] = []
    for _ in 0..<epochs {
        let t0 = DispatchTime.now().uptimeNanoseconds
        try epoch()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
    }
    return times.sorted()[times.count / 2]
}

let cases: [(String, String)] = [("cora", "lon-gnn"), ("cora", "jacobiconv"), ("computers", "lon-gnn"), ("computers", "jacobiconv")]
var swiftBest: [String: Double] = [:], peerBest: [String: Double] = [:]
let dataDir = try DataLocator.dataDirectory()
for round in 0..<rounds {
    for (name, kind) in cases where only == nil || only == name {
        let key = "\(name)/\(kind)"
        let d = try Datasets.load(name)
        // Cora's published settings on both graphs, so the two sides do identical work
        let model: NodeClassifier = kind == "lon-gnn"
            ? try LONGNN(features: d.featureCount, classes: d.classCount, hyperparameters: .lonGNN("cora"))
            : try JacobiConv(features: d.featureCount, classes: d.classCount, hyperparameters: .jacobiConv("cora"))
        let s = try swiftEpochMS(model, d)
        swiftBest[key] = min(swiftBest[key] ?? .infinity, s)
        if !skipPeer, let p = peerEpochMS(dataset: name, model: kind, dataDir: dataDir) {
            peerBest[key] = min(peerBest[key] ?? .infinity, p)
        }
        FileHandle.standardError.write(Data("round \(round + 1)/\(rounds) \(key): swift \(String(format: "%.1f", s)) ms\n".utf8))
    }
}

print("| dataset | model | Swift ms/epoch | PyTorch ms/epoch | ratio (PyTorch / Swift) |")
print("|---|---|---:|---:|---:|")
for (name, kind) in cases where only == nil || only == name {
    let key = "\(name)/\(kind)"
    let s = swiftBest[key] ?? .nan, p = peerBest[key]
    let label = kind == "lon-gnn" ? "LON-GNN" : "JacobiConv"
    print("| \(name) | \(label) | \(String(format: "%.2f", s)) | \(p.map { String(format: "%.2f", $0) } ?? "n/a") | "
          + "\(p.map { String(format: "%.2f×", $0 / s) } ?? "n/a") |")
}
