import Foundation

/// The severity classes of the paper's error taxonomy, from the mildest (SEV3) to the worst (SEV1).
public enum Severity: Int, CaseIterable, Sendable, CustomStringConvertible, Comparable {
    /// Node-level hardware or connectivity fault: isolate the node, re-plan, transition.
    case sev1 = 1
    /// Process-level software fault: restart the training process in place.
    case sev2 = 2
    /// Transient network fault: re-attempt the operation in place.
    case sev3 = 3

    /// The recovery action Unicron takes for this severity.
    public var action: RecoveryAction {
        switch self {
        case .sev1: return .isolateAndReplan
        case .sev2: return .restartProcess
        case .sev3: return .reattempt
        }
    }

    /// The next severity when this class's action fails (SEV3 → SEV2 → SEV1; SEV1 stays).
    public var escalated: Severity {
        switch self {
        case .sev3: return .sev2
        case .sev2, .sev1: return .sev1
        }
    }

    /// "SEV1", "SEV2" or "SEV3".
    public var description: String { "SEV\(rawValue)" }

    /// Worse severities sort first: `.sev1 < .sev2`.
    public static func < (a: Severity, b: Severity) -> Bool { a.rawValue < b.rawValue }

    /// Parses "SEV1"/"sev1"/"1".
    public init(parsing text: String) throws {
        let t = text.lowercased().replacingOccurrences(of: "sev", with: "")
        guard let n = Int(t), let s = Severity(rawValue: n) else {
            throw UnicronError("unknown severity '\(text)': expected SEV1, SEV2 or SEV3")
        }
        self = s
    }
}

/// What the coordinator does about an error.
public enum RecoveryAction: String, CaseIterable, Sendable, CustomStringConvertible {
    /// Retry the failed operation in place (the process keeps its state).
    case reattempt
    /// Restart the failed worker process on the same GPUs, reloading state from memory.
    case restartProcess
    /// Mark the node unhealthy, run the planner and transition the affected tasks.
    case isolateAndReplan

    public var description: String { rawValue }
}

/// The result of handling an error through escalation: each attempted action and the one that succeeded.
public struct EscalationOutcome: Sendable, Equatable {
    /// Severities tried in order (the first is the classified severity).
    public let attempts: [Severity]
    /// The severity whose action resolved the error (always SEV1 at worst).
    public var resolvedAt: Severity { attempts.last ?? .sev1 }

    /// Walks the escalation chain from `severity`: `succeeds(s)` says whether the action of `s` fixed the error.
    /// SEV1 (isolation and re-planning) always ends the chain.
    public static func escalate(from severity: Severity, succeeds: (Severity) -> Bool) -> EscalationOutcome {
        var tried: [Severity] = []
        var s = severity
        while true {
            tried.append(s)
            if s == .sev1 || succeeds(s) { break }
            s = s.escalated
        }
        return EscalationOutcome(attempts: tried)
    }
}
