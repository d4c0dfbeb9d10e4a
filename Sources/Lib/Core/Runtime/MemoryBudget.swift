import Foundation

/// The most memory one object built from user input may take, checked before allocating.
///
/// A cell that asks for a layer with 141 million inputs, or a tensor of shape [10⁶, 10⁶],
/// gets an error naming the size instead of bringing the process down when the allocation
/// fails. The budget is half of this machine's physical memory.
public enum MemoryBudget {
    /// Bytes one object may take: half of the physical memory.
    public static let bytes = Int(min(ProcessInfo.processInfo.physicalMemory / 2, UInt64(Int.max)))

    /// Throws when `dimensions` multiplied together, at `bytesPerElement` each, would exceed
    /// ``bytes`` (or overflow an Int), or when a dimension is negative.
    /// - Parameter what: names the object in the message, e.g. "MLP layer 1 weight [141000003, 64]".
    public static func check(_ dimensions: [Int], bytesPerElement: Int = 8, what: String) throws {
        if let bad = dimensions.first(where: { $0 < 0 }) {
            throw TensorError.invalidArgument(op: what, message: "a size is negative (\(bad))")
        }
        var total = bytesPerElement
        var overflow = false
        for d in dimensions where !overflow {
            (total, overflow) = total.multipliedReportingOverflow(by: d)
        }
        guard overflow || total > bytes else { return }
        let need = overflow ? "more than 2^63 bytes" : gigabytes(total)
        throw TensorError.invalidArgument(
            op: what, message: "would need \(need); the limit is \(gigabytes(bytes)) (half of this machine's memory)")
    }

    private static func gigabytes(_ b: Int) -> String { String(format: "%.1f GB", Double(b) / 1e9) }
}
