import Foundation

/// The command line of the seeded fuzzer (see scripts/fuzz.sh).
enum FuzzCommand {
    static let usage = """
        usage: KernelFuzz [--corpus DIR] [--seconds N] [--seed S] [--crashes DIR] [--current FILE]
               KernelFuzz --replay FILE...
          --corpus DIR    cells to mutate, one per *.swift file (default Tests/Fuzz/corpus)
          --seconds N     time budget (default 60)
          --seed S        seed of the mutations (default 1); the same seed gives the same inputs
          --crashes DIR   where hangs and broken sessions are saved (default Tests/Fuzz/crashes)
          --current FILE  each input is written here before it runs, so a crash leaves it behind
          --replay FILE…  run these cells in order and report each outcome
        """

    static func main(_ args: [String]) {
        var corpusDir = "Tests/Fuzz/corpus", crashDir = "Tests/Fuzz/crashes"
        var seconds = 60.0, seed: UInt64 = 1
        var current: String?
        var replay: [String] = []
        var i = 1
        func value() -> String {
            i += 1
            guard i < args.count else { fail("missing value after \(args[i - 1])") }
            return args[i]
        }
        while i < args.count {
            switch args[i] {
            case "--corpus": corpusDir = value()
            case "--seconds": seconds = Double(value()) ?? { fail("--seconds needs a number") }()
            case "--seed": seed = UInt64(value()) ?? { fail("--seed needs a non-negative integer") }()
            case "--crashes": crashDir = value()
            case "--current": current = value()
            case "--replay": replay = Array(args[(i + 1)...]); i = args.count
            case "-h", "--help": print(usage); exit(0)
            default: fail("unknown argument \(args[i])")
            }
            i += 1
        }
        if !replay.isEmpty { exit(runReplay(replay)) }
        exit(runFuzz(corpusDir: corpusDir, crashDir: crashDir, seconds: seconds, seed: seed, current: current))
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("KernelFuzz: \(message)\n\(usage)\n".utf8))
        exit(2)
    }

    // MARK: - Replay

    static func runReplay(_ files: [String]) -> Int32 {
        let fuzzer = CellFuzzer()
        for f in files {
            guard let code = try? String(contentsOfFile: f, encoding: .utf8) else { fail("cannot read \(f)") }
            let ok = fuzzer.run(code) { hang(code, dir: (f as NSString).deletingLastPathComponent) }
            print("\(f): \(ok ? "ok" : "error outcome (no crash)")")
        }
        let intact = fuzzer.sentinelIntact()
        print("earlier variables \(intact ? "intact" : "LOST")")
        return intact ? 0 : 1
    }

    // MARK: - Fuzzing

    static func runFuzz(corpusDir: String, crashDir: String, seconds: Double, seed: UInt64, current: String?) -> Int32 {
        let fm = FileManager.default
        let files = ((try? fm.contentsOfDirectory(atPath: corpusDir)) ?? []).filter { $0.hasSuffix(".swift") }.sorted()
        var corpus = files.compactMap { try? String(contentsOfFile: corpusDir + "/" + $0, encoding: .utf8) }
        guard !corpus.isEmpty else { fail("no *.swift cells in \(corpusDir)") }
        let seedCount = corpus.count
        var mutator = CellMutator(seed: seed)
        let fuzzer = CellFuzzer()
        let start = Date()
        var recent: [String] = []
        var lastReport = Date()
        while Date().timeIntervalSince(start) < seconds {
            var code = corpus[mutator.int(corpus.count)]
            for _ in 0..<(1 + mutator.int(3)) {
                code = mutator.mutate(code, other: corpus[mutator.int(corpus.count)])
            }
            if let current { try? code.write(toFile: current, atomically: false, encoding: .utf8) }
            let ok = fuzzer.run(code) { hang(code, dir: crashDir) }
            // Mutants that run keep the corpus moving away from the seeds (bounded).
            if ok && corpus.count < seedCount + 5000 && code.utf8.count < 4000 { corpus.append(code) }
            recent.append(code)
            if recent.count > 50 { recent.removeFirst() }
            if fuzzer.executed % 200 == 0, !fuzzer.sentinelIntact() {
                let path = save(recent.joined(separator: "\n// ---- next input ----\n"), dir: crashDir, kind: "state")
                print("earlier variables lost; the last 50 inputs are in \(path)")
                return 1
            }
            if Date().timeIntervalSince(lastReport) > 10 {
                report(fuzzer, start: start, corpus: corpus.count)
                lastReport = Date()
            }
        }
        if let current { try? fm.removeItem(atPath: current) }
        let intact = fuzzer.sentinelIntact()
        report(fuzzer, start: start, corpus: corpus.count)
        print("seed \(seed): no crash, no hang; earlier variables \(intact ? "intact" : "LOST")")
        return intact ? 0 : 1
    }

    static func report(_ f: CellFuzzer, start: Date, corpus: Int) {
        let t = Date().timeIntervalSince(start)
        print(String(format: "  %d cells in %.0f s (%.0f/s), %d with an error outcome, corpus %d",
                     f.executed, t, Double(f.executed) / max(t, 0.001), f.errors, corpus))
        fflush(stdout)
    }

    static func hang(_ code: String, dir: String) -> Never {
        let path = save(code, dir: dir, kind: "hang")
        print("a cell did not stop within 10 s of an interrupt: \(path)")
        fflush(stdout)
        exit(3)
    }

    /// Writes `text` to DIR/KIND-<fnv1a>.swift and returns the path.
    static func save(_ text: String, dir: String, kind: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in text.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = "\(dir)/\(kind)-\(String(h, radix: 16)).swift"
        try? text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}
