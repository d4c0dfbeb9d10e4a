import BenchSupport
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

/// The median, robust against the bursts of a machine shared with other jobs.
func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    return s.isEmpty ? .nan : (s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2)
}

// MARK: - Figures

let allFigures: [(name: String, title: String, make: (BenchData) throws -> Figure)] = [
    ("line", "line plot 640×480 (1,000 points, 2 curves)", BenchFigures.line),
    ("subplots", "2×2 subplots 800×600", BenchFigures.subplots),
    ("heatmap", "heat map 500×500 + colour bar", BenchFigures.heatmap),
]
// `--only NAME` restricts the run to one figure (for profiling).
let only = arguments.firstIndex(of: "--only").flatMap { arguments.index(after: $0) < arguments.endIndex ? arguments[arguments.index(after: $0)] : nil }
let figures = allFigures.filter { only == nil || $0.name == only }

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

/// A running peer_matplotlib.py, driven one command line at a time.
final class Peer {
    struct Header: Decodable { var import_ms: Double; var matplotlib: String; var numpy: String }
    struct Batch: Decodable { var times_ms: [Double]; var bytes: Int }

    let process = Process()
    let input = Pipe(), output = Pipe()
    var buffer = Data()
    let header: Header
    let python: String

    init(python: String, dataPath: String) throws {
        self.python = python
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("peer_matplotlib.py").path
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [script, dataPath]
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        header = try JSONDecoder().decode(Header.self, from: Peer.readLine(output, &buffer))
    }

    static func readLine(_ pipe: Pipe, _ buffer: inout Data) throws -> Data {
        while true {
            if let i = buffer.firstIndex(of: 10) {
                let line = buffer[buffer.startIndex..<i]
                buffer = Data(buffer[(i + 1)...])
                return Data(line)
            }
            let chunk = pipe.fileHandleForReading.availableData
            if chunk.isEmpty { throw CocoaError(.fileReadUnknown) }
            buffer.append(chunk)
        }
    }

    func run(_ name: String, count: Int) throws -> Batch {
        input.fileHandleForWriting.write(Data("\(name) \(count)\n".utf8))
        return try JSONDecoder().decode(Batch.self, from: Peer.readLine(output, &buffer))
    }

    func stop() {
        input.fileHandleForWriting.write(Data("quit\n".utf8))
        process.waitUntilExit()
    }
}


var peer: Peer?
var peerNote = ""
let dataURL = FileManager.default.temporaryDirectory.appendingPathComponent("plotbench-data-\(getpid()).json")
if let python = PeerPython.path(variable: "PLOT_BENCH_PYTHON", fallbacks: ["/work/venv-plot/bin/python"]) {
    do {
        try JSONEncoder().encode(data).write(to: dataURL)
        peer = try Peer(python: python, dataPath: dataURL.path)
        peerNote = python
    } catch {
        peerNote = "peer failed to start with \(python): \(error)"
    }
} else {
    peerNote = "no Python with matplotlib found (set PLOT_BENCH_PYTHON)"
}
defer { try? FileManager.default.removeItem(at: dataURL) }

// MARK: - Rounds: Swift and matplotlib alternate so both see the same machine load

let rounds = 5
let perRound = max(1, iterations / rounds)
var swiftMs: [String: Double] = [:]
var swiftBytes: [String: Int] = [:]
var peerMs: [String: Double] = [:]
var peerBytes: [String: Int] = [:]
do {
    for f in figures {
        swiftBytes[f.name] = try f.make(data).pngData().count  // warm-up: font loading, glyph cache
        var swiftTimes: [Double] = [], peerTimes: [Double] = []
        for _ in 0..<rounds {
            for _ in 0..<perRound { swiftTimes.append(try milliseconds { _ = try f.make(data).pngData() }) }
            if let p = peer {
                let batch = try p.run(f.name, count: perRound)
                peerTimes += batch.times_ms
                peerBytes[f.name] = batch.bytes
            }
        }
        swiftMs[f.name] = median(swiftTimes)
        if !peerTimes.isEmpty { peerMs[f.name] = median(peerTimes) }
    }
} catch {
    FileHandle.standardError.write(Data("PlotBench: failed: \(error)\n".utf8))
    exit(1)
}
peer?.stop()

// MARK: - Report

func fmt(_ v: Double) -> String { String(format: v < 10 ? "%.2f" : "%.1f", v) }

print("## PlotBench: figure to PNG, median of \(rounds * perRound) renders each (figure construction included)\n")
print("| figure | Plotting (ms) | matplotlib Agg (ms) | speed-up | PNG bytes (Plotting / matplotlib) |")
print("|---|---:|---:|---:|---:|")
for f in figures {
    let s = swiftMs[f.name] ?? .nan
    if let m = peerMs[f.name] {
        print("| \(f.title) | \(fmt(s)) | \(fmt(m)) | \(String(format: "%.1f", m / s))× | \(swiftBytes[f.name] ?? 0) / \(peerBytes[f.name] ?? 0) |")
    } else {
        print("| \(f.title) | \(fmt(s)) | n/a | n/a | \(swiftBytes[f.name] ?? 0) / n/a |")
    }
}
print("")
if let peer {
    print("matplotlib \(peer.header.matplotlib) (numpy \(peer.header.numpy)) via \(peerNote); import of matplotlib + pyplot: \(fmt(peer.header.import_ms)) ms (not included above).")
} else {
    print("matplotlib peer unavailable: \(peerNote)")
}
