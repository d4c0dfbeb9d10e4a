import Foundation

/// The error types observed in the paper's production traces, with their severity,
/// share among failed large tasks and the in-band mechanism that detects them.
public enum ErrorKind: String, CaseIterable, Sendable, CustomStringConvertible {
    case lostConnection, eccError, nvlinkError, invalidDMAMapping, gpuDriver
    case abnormalExit, illegalMemoryAccess, cudaError, taskHang, otherSoftware
    case connectionRefused, connectionReset, linkFlapping, ncclTimeout, otherNetwork

    /// The paper's severity class.
    public var severity: Severity {
        switch self {
        case .lostConnection, .eccError, .nvlinkError, .invalidDMAMapping, .gpuDriver: return .sev1
        case .abnormalExit, .illegalMemoryAccess, .cudaError, .taskHang, .otherSoftware: return .sev2
        case .connectionRefused, .connectionReset, .linkFlapping, .ncclTimeout, .otherNetwork: return .sev3
        }
    }

    /// Percent of the top-5% largest tasks ending with this error (paper's trace study).
    /// "lost connection" and "abnormal exit" have no share of their own in the paper; the "others" share
    /// (3.3%) is split evenly between lostConnection, abnormalExit and otherSoftware.
    public var sharePercent: Double {
        switch self {
        case .ncclTimeout: return 10.1
        case .eccError: return 5.0
        case .nvlinkError: return 4.5
        case .otherNetwork: return 4.0
        case .linkFlapping: return 3.9
        case .taskHang: return 3.1
        case .illegalMemoryAccess: return 2.1
        case .invalidDMAMapping: return 2.1
        case .connectionRefused: return 2.1
        case .cudaError: return 1.6
        case .connectionReset: return 1.0
        case .gpuDriver: return 0.6
        case .lostConnection, .otherSoftware, .abnormalExit: return 1.1
        }
    }

    /// The mechanism that detects this error in Unicron's agent.
    public var mechanism: DetectionMechanism {
        switch self {
        case .lostConnection: return .heartbeatLease
        case .eccError, .nvlinkError, .invalidDMAMapping, .gpuDriver, .illegalMemoryAccess, .cudaError, .otherSoftware:
            return .exceptionPropagation
        case .abnormalExit: return .processExit
        case .taskHang, .ncclTimeout: return .iterationStatistics
        case .connectionRefused, .connectionReset, .linkFlapping, .otherNetwork: return .exceptionPropagation
        }
    }

    /// The camel-case name, also used in trace CSV files.
    public var description: String { rawValue }

    /// Parses a kind from its name (case-insensitive).
    public init(parsing text: String) throws {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let k = ErrorKind.allCases.first(where: { $0.rawValue.lowercased() == t }) else {
            throw UnicronError("unknown error kind '\(text)': expected one of "
                + ErrorKind.allCases.map(\.rawValue).joined(separator: ", "))
        }
        self = k
    }
}
