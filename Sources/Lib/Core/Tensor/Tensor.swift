/// A dense, row-major, N-dimensional array of `Float` (default) or `Double`
/// that records the operations applied to it for reverse-mode autodiff.
///
/// Tensors are immutable values in practice: every operation returns a new
/// tensor, and storage is shared copy-on-write (`reshaped` is free). Only
/// optimizers write into a ``Parameter``'s elements.
///
/// ```swift
/// let x = Tensor.randn([128, 64], seed: 0)
/// let w = Parameter(Tensor.glorot([64, 10], seed: 1))
/// let loss = try x.matmul(w).relu().mean()
/// try loss.backward()
/// w.grad!.shape   // [64, 10]
/// ```
public class Tensor: CustomStringConvertible {
    /// Sizes of the dimensions, outermost first.
    public let shape: [Int]
    /// The elements, row-major.
    public internal(set) var storage: TensorStorage
    /// Whether gradients flow back to this tensor (true for parameters and anything computed from them).
    public var requiresGrad: Bool
    /// The gradient accumulated by ``backward()`` (leaves that require grad only).
    public var grad: Tensor?
    /// How this tensor was computed, when it takes part in autodiff.
    var node: GradNode?

    /// Creates a tensor from storage; the element count must match the shape.
    init(shape: [Int], storage: TensorStorage, requiresGrad: Bool = false) {
        _ = AllocatorTuning.isApplied
        self.shape = shape
        self.storage = storage
        self.requiresGrad = requiresGrad
    }

    /// Creates a float32 tensor from row-major elements.
    /// - Throws: ``TensorError`` when `scalars.count` is not the product of `shape`.
    public convenience init(_ scalars: [Float], shape: [Int]) throws {
        try Tensor.checkShape(shape, count: scalars.count, op: "Tensor(_:shape:)")
        self.init(shape: shape, storage: .f32(scalars))
    }

    /// Creates a float64 tensor from row-major elements.
    /// - Throws: ``TensorError`` when `scalars.count` is not the product of `shape`.
    @_disfavoredOverload
    public convenience init(_ scalars: [Double], shape: [Int]) throws {
        try Tensor.checkShape(shape, count: scalars.count, op: "Tensor(_:shape:)")
        self.init(shape: shape, storage: .f64(scalars))
    }

    /// Creates a 1-D float32 tensor from a list of numbers.
    public convenience init(_ scalars: [Float]) {
        self.init(shape: [scalars.count], storage: .f32(scalars))
    }

    /// Creates a 1-D tensor from a list of numbers (float32 unless `dtype` says otherwise).
    @_disfavoredOverload
    public convenience init(_ scalars: [Double], dtype: DType = .float32) {
        self.init(shape: [scalars.count], storage: .from(scalars, dtype))
    }

    /// Creates a 2-D tensor from rows of equal length.
    /// - Throws: ``TensorError`` when the rows have different lengths.
    public convenience init(rows: [[Double]], dtype: DType = .float32) throws {
        let width = rows.first?.count ?? 0
        for (i, row) in rows.enumerated() where row.count != width {
            throw TensorError.invalidArgument(
                op: "Tensor(rows:)", message: "row \(i) has \(row.count) elements, row 0 has \(width)")
        }
        self.init(shape: [rows.count, width], storage: .from(rows.flatMap { $0 }, dtype))
    }

    /// A 0-d tensor holding one number.
    public convenience init(scalar: Double, dtype: DType = .float32) {
        self.init(shape: [], storage: .from([scalar], dtype))
    }

    static func checkShape(_ shape: [Int], count: Int, op: String) throws {
        if let bad = shape.first(where: { $0 < 0 }) {
            throw TensorError.invalidArgument(op: op, message: "dimension sizes must be >= 0, got \(bad) in \(shape)")
        }
        let n = shape.reduce(1, *)
        if n != count {
            throw TensorError.invalidArgument(
                op: op, message: "shape \(shape) holds \(n) elements but \(count) were given")
        }
    }

    // MARK: - Properties

    /// The element type.
    public var dtype: DType { storage.dtype }
    /// Number of dimensions.
    public var rank: Int { shape.count }
    /// Number of elements.
    public var count: Int { storage.count }
    /// The elements as `Float`, row-major.
    public var scalars: [Float] { storage.floats }
    /// The elements as `Double`, row-major.
    public var doubles: [Double] { storage.doubles }
    /// The elements rounded to `Int` (for index and label tensors).
    public var ints: [Int] { storage.doubles.map { Int($0.rounded()) } }

    /// The single element of a one-element tensor.
    /// - Throws: ``TensorError`` when the tensor has more than one element.
    public func item() throws -> Double {
        guard count == 1 else {
            throw TensorError.invalidArgument(
                op: "item()", message: "tensor of shape \(shape) has \(count) elements; item() needs exactly 1")
        }
        return storage.doubles[0]
    }

    /// The first element as a `Double` (0 for an empty tensor); convenient for losses.
    public var value: Double {
        switch storage {
        case .f32(let a): return a.first.map(Double.init) ?? 0
        case .f64(let a): return a.first ?? 0
        }
    }

    /// A short summary: shape, dtype and the leading elements.
    public var description: String {
        let head: [Double]
        switch storage {
        case .f32(let a): head = a.prefix(8).map(Double.init)
        case .f64(let a): head = Array(a.prefix(8))
        }
        let shown = head.map { formatElement($0) }.joined(separator: ", ")
        let more = count > 8 ? ", …" : ""
        let grad = requiresGrad ? ", requiresGrad" : ""
        return "Tensor(shape: \(shape), \(dtype)\(grad)) [\(shown)\(more)]"
    }

    private func formatElement(_ v: Double) -> String {
        if v == v.rounded(), Swift.abs(v) < 1e7 { return String(Int(v)) }
        return String(format: "%.4g", v)
    }

    /// A copy of this tensor, detached from the autodiff graph.
    public func detached() -> Tensor { Tensor(shape: shape, storage: storage) }

    /// Converts to float32 (differentiable).
    public func toFloat32() -> Tensor { converted(to: .float32) }
    /// Converts to float64 (differentiable).
    public func toFloat64() -> Tensor { converted(to: .float64) }

    /// Converts to the given element type (differentiable).
    public func converted(to dtype: DType) -> Tensor {
        if dtype == self.dtype { return self }
        let s: TensorStorage = dtype == .float32 ? .f32(storage.floats) : .f64(storage.doubles)
        return Tensor.result(shape: shape, storage: s, op: .convert, inputs: [self])
    }
}

import Foundation
