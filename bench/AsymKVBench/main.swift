// AsymKVBench: one decode step of attention over a 4k-token KV cache, float vs 2-bit vs 1-bit
// packed (KIVI layout, G = 32, R = 128), and quantisation throughput against measured memory
// bandwidth; the same step in NumPy (peer.py, run in the same process tree) beside it.
//
//   swift run -c release --package-path bench AsymKVBench [--tokens N] [--repeats N] [--no-peer]
//
// Single-threaded on both sides (OPENBLAS/OMP threads = 1). Times are the best of the repeats
// (least disturbed on a shared machine). Ratio = NumPy time / Swift time (> 1: we are faster).
import BenchSupport
import Foundation
import Lib
import AsymKV

BenchThreads.use(1)

let arguments = CommandLine.arguments
let tokens = option("--tokens").flatMap(Int.init) ?? 4096
let repeats = option("--repeats").flatMap(Int.init) ?? 30
let skipPeer = arguments.contains("--no-peer")
let attentionOnly = arguments.contains("--attention-only")

/// Best wall time in milliseconds over `repeats` runs after 3 warm-up runs.
func measure(_ repeats: Int, _ body: () throws -> Void) rethrows -> Double {
    for _ in 0..<3 { try body() }
    var best = Double.infinity
    for _ in 0..<repeats {
        let t0 = DispatchTime.now().uptimeNanoseconds
        try body()
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
    }
    return best
}

/// Keys with a few outlier channels (as in trained models), values plain Gaussian.
func data(_ n: Int, _ c: Int, seed: Int, outliers: Bool) -> [Float] {
    let rng = RNG(seed: seed)
    return (0..<(n * c)).map { i in Float(rng.normal()) * (outliers && (i % c) % 17 == 0 ? 8 : 1) }
}

struct Row { var name: String; var ours: Double; var unit: String; var peerKey: String }
var rows: [Row] = []

// MARK: - Memory bandwidth (read 256 MB)
let big = [Float](repeating: 1, count: 64 << 20)
var sink: Float = 0
let readMs = measure(5) {
    big.withUnsafeBufferPointer { p in
        var acc = SIMD16<Float>()
        let raw = UnsafeRawPointer(p.baseAddress!)
        for i in stride(from: 0, to: p.count, by: 16) { acc += raw.loadUnaligned(fromByteOffset: i * 4, as: SIMD16<Float>.self) }
        sink += acc.sum()
    }
}
let bandwidth = Double(big.count * 4) / (readMs / 1e3) / 1e9
rows.append(Row(name: "memory read bandwidth (256 MB)", ours: bandwidth, unit: "GB/s", peerKey: "bandwidth"))

for (heads, hd, label) in [(4, 32, "model layer 4×32"), (32, 128, "Llama-2-7b layer 32×128")] {
    let c = heads * hd
    let keys = data(tokens, c, seed: 1, outliers: true), values = data(tokens, c, seed: 2, outliers: false)
    let query = data(1, c, seed: 3, outliers: false)
    var floatMs = 0.0
    for (kb, vb, name) in [(nil, nil, "float"), (2, 2, "2-bit"), (1, 1, "1-bit")] as [(Int?, Int?, String)] {
        let cache = try QuantizedKVCache(heads: heads, headDimension: hd, keyBits: kb, valueBits: vb, groupSize: 32, residual: 128)
        try cache.prefill(keys: keys, values: values)
        let ms = try measure(repeats) { _ = try cache.attend(query: query) }
        if name == "float" { floatMs = ms }
        rows.append(Row(name: "decode attention, \(label), \(tokens) tok, \(name) (\(cache.byteCount / 1024) KiB)", ours: ms, unit: "ms",
                        peerKey: "attend_\(heads)x\(hd)_\(name)"))
        if name != "float" && !attentionOnly {
            print("  \(label) \(name): \(String(format: "%.2f", floatMs / ms))× faster than our float attention")
            let bytesIn = Double(2 * tokens * c * 4)
            let qms = try measure(max(repeats / 5, 3)) {
                let fresh = try QuantizedKVCache(heads: heads, headDimension: hd, keyBits: kb, valueBits: vb, groupSize: 32, residual: 128)
                try fresh.prefill(keys: keys, values: values)
            }
            rows.append(Row(name: "quantise+pack K and V, \(label), \(tokens) tok, \(name)", ours: bytesIn / (qms / 1e3) / 1e9, unit: "GB/s",
                            peerKey: "quant_\(heads)x\(hd)_\(name)"))
        }
    }
}

// MARK: - Peer
var peer: [String: Double] = [:]
if !skipPeer {
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("peer.py").path
    let python = PeerPython.path() ?? "python3"
    let p = Process()
    p.executableURL = URL(fileURLWithPath: python)
    p.arguments = [script, "--tokens", "\(tokens)", "--repeats", "\(repeats)"]
    var env = ProcessInfo.processInfo.environment
    env["OPENBLAS_NUM_THREADS"] = "1"; env["OMP_NUM_THREADS"] = "1"; env["MKL_NUM_THREADS"] = "1"
    p.environment = env
    let pipe = Pipe()
    p.standardOutput = pipe
    try p.run()
    let out = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    if let json = try? JSONSerialization.jsonObject(with: out) as? [String: Double] { peer = json } else {
        print("peer failed: \(String(decoding: out, as: UTF8.self))")
    }
}

print("\n| measurement | Swift | NumPy peer | ratio (NumPy / Swift time; >1 = Swift faster) |")
print("|---|---|---|---|")
for r in rows {
    let pv = peer[r.peerKey]
    let ratio: String
    if let pv { ratio = r.unit == "ms" ? String(format: "%.2f", pv / r.ours) : String(format: "%.2f", r.ours / pv) } else { ratio = "—" }
    let fmt = r.unit == "ms" ? "%.3f ms" : "%.2f GB/s"
    print("| \(r.name) | \(String(format: fmt, r.ours)) | \(pv.map { String(format: fmt, $0) } ?? "—") | \(ratio) |")
}
print("\nQuantisation throughput counts float32 K+V bytes read per second; memory bandwidth is a streaming read of 256 MB (sink \(sink > 0 ? "ok" : "0")).")
