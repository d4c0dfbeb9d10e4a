import Foundation
import Plotting

// PlotBench: renders the same figures with Plotting and with matplotlib (Agg) in one run and
// prints a markdown table. Build and run with:
//   swift run -c release --package-path bench PlotBench [iterations]
// The peer runs with PLOT_BENCH_PYTHON, else ~/peers-venv/bin/python, else /work/venv-plot/bin/python
// (create it with `python3 -m venv /work/venv-plot && /work/venv-plot/bin/pip install matplotlib numpy`).

let arguments = CommandLine.arguments.dropFirst()
let iterations = arguments.compactMap { Int($0) }.first.map { max(1, $0) } ?? 50
let data = BenchData.make()

func milliseconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}

// MARK: - Swift side

let allFigures: [(name: String, title: String, make: (BenchData) throws -> Figure)] = [
    ("line", "line plot 640×480 (1,000 points, 2 curves)", BenchFigures.line),
    ("subplots", "2×2 subplots 800×600", BenchFigures.subplots),
    ("heatmap", "heat map 500×500 + colour bar", BenchFigures.heatmap),
]
// `--only NAME` restricts the run to one figure (for profiling).
let only = arguments.firstIndex(of: "--only").flatMap { arguments.index(after: $0) < arguments.endIndex ? arguments[arguments.index(after: $0)] : nil }
let figures = allFigures.filter { only == nil || $0.name == only }

var swiftMs: [String: Double] = [:]
var swiftBytes: [String: Int] = [:]
do {
    for f in figures {
        swiftBytes[f.name] = try f.make(data).pngData().count  // warm-up: font loading, glyph cache
        let total = try milliseconds { for _ in 0..<iterations { _ = try f.make(data).pngData() } }
        swiftMs[f.name] = total / Double(iterations)
    }
} catch {
    FileHandle.standardError.write(Data("PlotBench: rendering failed: \(error)\n".utf8))
    exit(1)
}

// MARK: - Breakdown (`PlotBench --breakdown`): where the Swift time goes

if arguments.contains("--breakdown") {
    print("| figure | build (ms) | draw (ms) | pixels + PNG encode (ms) |")
    print("|---|---:|---:|---:|")
    for f in figures {
        var build = 0.0, draw = 0.0, encode = 0.0
        for _ in 0..<iterations {
            var fig: Figure?
            build += try milliseconds { fig = try f.make(data) }
            guard let fig else { continue }
            let w = Int(fig.width), h = Int(fig.height)
            let r = RasterRenderer(width: w, height: h, background: fig.theme.background)
            draw += milliseconds { fig.draw(on: r, dpi: 100, deviceWidth: Double(w), deviceHeight: Double(h)) }
            encode += try milliseconds { _ = try r.pngData(alpha: false, dpi: 100) }
        }
        let n = Double(iterations)
        print("| \(f.name) | \(String(format: "%.2f", build / n)) | \(String(format: "%.2f", draw / n)) | \(String(format: "%.2f", encode / n)) |")
    }
    exit(0)
}

// MARK: - matplotlib peer

struct PeerResult: Decodable {
    struct Figure: Decodable { var ms: Double; var bytes: Int }
    var import_ms: Double
    var matplotlib: String
    var numpy: String
    var figures: [String: Figure]
}

func pythonPath() -> String? {
    let env = ProcessInfo.processInfo.environment
    let candidates = [env["PLOT_BENCH_PYTHON"], NSHomeDirectory() + "/peers-venv/bin/python", "/work/venv-plot/bin/python"]
    return candidates.compactMap { $0 }.first { FileManager.default.isExecutableFile(atPath: $0) }
}

func runPeer() -> (PeerResult?, String) {
    guard let python = pythonPath() else { return (nil, "no Python with matplotlib found (set PLOT_BENCH_PYTHON)") }
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("peer_matplotlib.py").path
    let dataURL = FileManager.default.temporaryDirectory.appendingPathComponent("plotbench-data-\(getpid()).json")
    do { try JSONEncoder().encode(data).write(to: dataURL) } catch { return (nil, "could not write data: \(error)") }
    defer { try? FileManager.default.removeItem(at: dataURL) }
    let p = Process()
    p.executableURL = URL(fileURLWithPath: python)
    p.arguments = [script, dataURL.path, String(iterations)]
    let out = Pipe(), err = Pipe()
    p.standardOutput = out; p.standardError = err
    do { try p.run() } catch { return (nil, "could not start \(python): \(error)") }
    let output = out.fileHandleForReading.readDataToEndOfFile()
    let errors = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    guard p.terminationStatus == 0 else { return (nil, "peer failed: \(String(decoding: errors, as: UTF8.self))") }
    do { return (try JSONDecoder().decode(PeerResult.self, from: output), python) } catch {
        return (nil, "could not read peer output: \(error)")
    }
}

let (peer, peerNote) = runPeer()

// MARK: - Report

func fmt(_ v: Double) -> String { String(format: v < 10 ? "%.2f" : "%.1f", v) }

print("## PlotBench: figure to PNG, mean of \(iterations) renders (figure construction included)\n")
print("| figure | Plotting (ms) | matplotlib Agg (ms) | speed-up | PNG bytes (Plotting / matplotlib) |")
print("|---|---:|---:|---:|---:|")
for f in figures {
    let s = swiftMs[f.name] ?? .nan
    if let m = peer?.figures[f.name] {
        print("| \(f.title) | \(fmt(s)) | \(fmt(m.ms)) | \(String(format: "%.1f", m.ms / s))× | \(swiftBytes[f.name] ?? 0) / \(m.bytes) |")
    } else {
        print("| \(f.title) | \(fmt(s)) | n/a | n/a | \(swiftBytes[f.name] ?? 0) / n/a |")
    }
}
print("")
if let peer {
    print("matplotlib \(peer.matplotlib) (numpy \(peer.numpy)) via \(peerNote); import of matplotlib + pyplot: \(fmt(peer.import_ms)) ms (not included above).")
} else {
    print("matplotlib peer unavailable: \(peerNote)")
}
