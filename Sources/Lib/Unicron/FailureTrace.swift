import Foundation
import Lib

/// One fault in a failure trace.
public struct FailureEvent: Sendable, Equatable {
    /// Seconds from the start of the trace.
    public let time: Double
    /// The GPU hit (node = gpu / gpusPerNode).
    public let gpu: Int
    /// The error.
    public let kind: ErrorKind
    /// The severity whose action finally resolves it (the kind's severity, or worse after escalation).
    public let resolvedAt: Severity
    /// Seconds until the node is repaired when the error ends in SEV1 isolation.
    public let repairSeconds: Double
    /// Creates an event.
    public init(time: Double, gpu: Int, kind: ErrorKind, resolvedAt: Severity? = nil, repairSeconds: Double) {
        self.time = time; self.gpu = gpu; self.kind = kind
        self.resolvedAt = min(resolvedAt ?? kind.severity, kind.severity)
        self.repairSeconds = repairSeconds
    }
}

/// A failure trace over a cluster: events sampled from the paper's error shares with a seed, or loaded
/// from CSV (`time_s,gpu,kind[,resolved,repair_s]`).
///
/// Sampling model (documented assumptions): failures arrive as a Poisson process of `failuresPerDay` for
/// the whole cluster, on a uniformly chosen GPU; the kind is drawn with probability proportional to
/// ``ErrorKind/sharePercent``; a SEV3 re-attempt fails with probability `reattemptFailure` and a SEV2
/// restart with probability `restartFailure`, escalating; repairs of isolated nodes take an exponential time
/// of mean `meanRepairHours` (at least `minRepairHours`): "hours to days" in the paper.
public struct FailureTrace: Sendable, Equatable {
    /// Events in time order.
    public let events: [FailureEvent]
    /// GPUs in the cluster.
    public let gpuCount: Int
    /// GPUs per node.
    public let gpusPerNode: Int
    /// Length of the trace (s).
    public let duration: Double

    /// A trace from explicit events (sorted by time); throws when an event is outside the cluster or the duration.
    public init(events: [FailureEvent], gpuCount: Int, gpusPerNode: Int = 8, duration: Double) throws {
        guard gpuCount > 0, gpusPerNode > 0, duration > 0 else {
            throw UnicronError("a trace needs a positive GPU count, GPUs per node and duration")
        }
        for (i, e) in events.enumerated() {
            guard e.gpu >= 0, e.gpu < gpuCount else { throw UnicronError("trace event \(i): GPU \(e.gpu) outside 0..<\(gpuCount)") }
            guard e.time >= 0, e.time <= duration else { throw UnicronError("trace event \(i): time \(e.time) s outside 0...\(duration) s") }
            guard e.repairSeconds >= 0 else { throw UnicronError("trace event \(i): negative repair time \(e.repairSeconds)") }
        }
        self.events = events.sorted { $0.time < $1.time }
        self.gpuCount = gpuCount; self.gpusPerNode = gpusPerNode; self.duration = duration
    }

    /// Samples a trace (see the type's documentation for the model).
    public static func sample(gpus: Int = 128, gpusPerNode: Int = 8, days: Double = 7, failuresPerDay: Double = 8,
                              reattemptFailure: Double = 0.2, restartFailure: Double = 0.1,
                              meanRepairHours: Double = 24, minRepairHours: Double = 1, seed: Int) throws -> FailureTrace {
        guard failuresPerDay >= 0, days > 0, failuresPerDay.isFinite, days.isFinite else {
            throw UnicronError("failuresPerDay must be ≥ 0 and days > 0 (both finite)")
        }
        guard gpus > 0, gpusPerNode > 0, gpus <= Cluster.maximumGPUs else {
            throw UnicronError("gpus must be in 1...\(Cluster.maximumGPUs) and gpusPerNode > 0, got \(gpus) and \(gpusPerNode)")
        }
        guard failuresPerDay * days <= 10_000_000 else {
            throw UnicronError("\(failuresPerDay) failures a day for \(days) days expects more than 10 million failures; sample a shorter trace")
        }
        let rng = RNG(seed: seed, stream: 9)
        let kinds = ErrorKind.allCases.filter { $0.sharePercent > 0 }
        let total = kinds.reduce(0) { $0 + $1.sharePercent }
        let duration = days * 86400
        let rate = failuresPerDay / 86400
        var events: [FailureEvent] = []
        var t = 0.0
        while rate > 0 {
            t += -log(max(rng.uniform(), 1e-300)) / rate
            if t > duration { break }
            var r = rng.uniform() * total
            var kind = kinds[kinds.count - 1]
            for k in kinds { r -= k.sharePercent; if r < 0 { kind = k; break } }
            let outcome = EscalationOutcome.escalate(from: kind.severity) { s in
                rng.uniform() >= (s == .sev3 ? reattemptFailure : restartFailure)
            }
            let repair = max(minRepairHours * 3600, -log(max(rng.uniform(), 1e-300)) * meanRepairHours * 3600)
            events.append(FailureEvent(time: t, gpu: rng.int(below: gpus), kind: kind, resolvedAt: outcome.resolvedAt,
                                       repairSeconds: repair))
        }
        return try FailureTrace(events: events, gpuCount: gpus, gpusPerNode: gpusPerNode, duration: duration)
    }

    /// Parses a CSV trace with header `time_s,gpu,kind[,resolved,repair_s]`; missing columns default to the
    /// kind's severity and `defaultRepairSeconds`.
    public init(csv: String, gpuCount: Int, gpusPerNode: Int = 8, duration: Double? = nil,
                defaultRepairSeconds: Double = 24 * 3600) throws {
        let lines = csv.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard let header = lines.first else { throw UnicronError("empty trace CSV: expected a header time_s,gpu,kind[,resolved,repair_s]") }
        let cols = header.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let ti = cols.firstIndex(of: "time_s"), let gi = cols.firstIndex(of: "gpu"), let ki = cols.firstIndex(of: "kind") else {
            throw UnicronError("trace CSV header '\(header)' must name the columns time_s, gpu and kind (optional: resolved, repair_s)")
        }
        let ri = cols.firstIndex(of: "resolved"), pi = cols.firstIndex(of: "repair_s")
        var events: [FailureEvent] = []
        for (n, line) in lines.dropFirst().enumerated() {
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            func field(_ i: Int) throws -> String {
                guard i < f.count else { throw UnicronError("trace CSV line \(n + 2): expected \(cols.count) fields, got \(f.count)") }
                return f[i]
            }
            guard let time = Double(try field(ti)), let gpu = Int(try field(gi)) else {
                throw UnicronError("trace CSV line \(n + 2): time_s must be a number and gpu an integer in '\(line)'")
            }
            let kind = try ErrorKind(parsing: try field(ki))
            let resolved = try ri.flatMap { i in i < f.count && !f[i].isEmpty ? try Severity(parsing: f[i]) : nil }
            var repair = defaultRepairSeconds
            if let pi, pi < f.count, !f[pi].isEmpty {
                guard let r = Double(f[pi]) else { throw UnicronError("trace CSV line \(n + 2): repair_s '\(f[pi])' is not a number") }
                repair = r
            }
            events.append(FailureEvent(time: time, gpu: gpu, kind: kind, resolvedAt: resolved, repairSeconds: repair))
        }
        try self.init(events: events, gpuCount: gpuCount, gpusPerNode: gpusPerNode,
                      duration: duration ?? max(events.map(\.time).max() ?? 0, 1))
    }

    /// Loads a CSV trace from a file.
    public static func load(path: String, gpuCount: Int, gpusPerNode: Int = 8, duration: Double? = nil) throws -> FailureTrace {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw UnicronError("cannot read trace file '\(path)': check the path")
        }
        return try FailureTrace(csv: text, gpuCount: gpuCount, gpusPerNode: gpusPerNode, duration: duration)
    }

    /// The trace as CSV (round-trips through ``init(csv:gpuCount:gpusPerNode:duration:defaultRepairSeconds:)``).
    public var csv: String {
        var s = "time_s,gpu,kind,resolved,repair_s\n"
        for e in events {
            s += "\(e.time),\(e.gpu),\(e.kind.rawValue),\(e.resolvedAt),\(e.repairSeconds)\n"
        }
        return s
    }

    /// Number of events per severity at which they were resolved (SEV1, SEV2, SEV3).
    public var resolvedCounts: [Int] {
        Severity.allCases.map { s in events.filter { $0.resolvedAt == s }.count }
    }
}
