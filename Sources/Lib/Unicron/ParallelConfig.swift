import Foundation

/// A 3D-parallel layout: tensor (within a node), pipeline and data parallel degrees.
public struct ParallelConfig: Sendable, Equatable, CustomStringConvertible {
    /// Tensor-parallel degree (1, 2, 4 or 8; kept inside a node).
    public let tensor: Int
    /// Pipeline stages (divides the layer count).
    public let pipeline: Int
    /// Data-parallel replicas.
    public let data: Int
    /// Creates a layout.
    public init(tensor: Int, pipeline: Int, data: Int) { self.tensor = tensor; self.pipeline = pipeline; self.data = data }
    /// GPUs used: tensor × pipeline × data.
    public var gpus: Int { tensor * pipeline * data }
    /// "TP×PP×DP", e.g. "8×6×2".
    public var description: String { "TP\(tensor)×PP\(pipeline)×DP\(data)" }
}
