/// Elementwise binary operations with broadcasting.
public enum BinaryOp: Sendable {
    /// Arithmetic and elementwise extrema (differentiable).
    case add, sub, mul, div, maximum, minimum
    /// Comparisons giving 0/1 masks (no gradient).
    case equal, notEqual, less, lessEqual, greater, greaterEqual

    var name: String { "\(self)" }
}

// MARK: - Kernels

@inline(__always)
func binaryKernel<T: TensorScalar>(_ op: BinaryOp, _ a: [T], _ aShape: [Int], _ b: [T], _ bShape: [Int],
                                   _ outShape: [Int]) -> [T] {
    switch op {
    case .add: return Broadcast.apply(a, aShape, b, bShape, outShape, +)
    case .sub: return Broadcast.apply(a, aShape, b, bShape, outShape, -)
    case .mul: return Broadcast.apply(a, aShape, b, bShape, outShape, *)
    case .div: return Broadcast.apply(a, aShape, b, bShape, outShape, /)
    case .maximum: return Broadcast.apply(a, aShape, b, bShape, outShape) { $0 >= $1 || $1.isNaN ? $0 : $1 }
    case .minimum: return Broadcast.apply(a, aShape, b, bShape, outShape) { $0 <= $1 || $1.isNaN ? $0 : $1 }
    case .equal: return Broadcast.apply(a, aShape, b, bShape, outShape) { $0 == $1 ? 1 : 0 }
    case .notEqual: return Broadcast.apply(a, aShape, b, bShape, outShape) { $0 != $1 ? 1 : 0 }
    case .less: return Broadcast.apply(a, aShape, b, bShape, outShape) { $0 < $1 ? 1 : 0 }
    case .lessEqual: return Broadcast.apply(a, aShape, b, bShape, outShape) { $0 <= $1 ? 1 : 0 }
    case .greater: return Broadcast.apply(a, aShape, b, bShape, outShape) { $0 > $1 ? 1 : 0 }
    case .greaterEqual: return Broadcast.apply(a, aShape, b, bShape, outShape) { $0 >= $1 ? 1 : 0 }
    }
}

extension Tensor {
    /// Applies a broadcasting binary operation; comparisons return 0/1 masks that carry no gradient.
    func binary(_ op: BinaryOp, _ other: Tensor, name: String) throws -> Tensor {
        let outShape = try Broadcast.shape(shape, other.shape, op: name)
        let s: TensorStorage
        switch (storage, other.storage) {
        case let (.f32(a), .f32(b)): s = .f32(binaryKernel(op, a, shape, b, other.shape, outShape))
        case let (.f64(a), .f64(b)): s = .f64(binaryKernel(op, a, shape, b, other.shape, outShape))
        default: throw TensorError.dtypeMismatch(op: name, lhs: dtype, rhs: other.dtype)
        }
        switch op {
        case .add, .sub, .mul, .div, .maximum, .minimum:
            return Tensor.result(shape: outShape, storage: s, op: .binary(op), inputs: [self, other])
        default:
            return Tensor(shape: outShape, storage: s)
        }
    }

    /// A tensor of `value` with this tensor's dtype, for mixing with numbers.
    func scalarLike(_ value: Double) -> Tensor { Tensor(shape: [], storage: .filled(1, value, dtype)) }

    // MARK: - Arithmetic

    /// Elementwise sum with broadcasting. - Throws: ``TensorError`` on incompatible shapes.
    public func adding(_ other: Tensor) throws -> Tensor { try binary(.add, other, name: "add") }
    /// Elementwise difference with broadcasting. - Throws: ``TensorError`` on incompatible shapes.
    public func subtracting(_ other: Tensor) throws -> Tensor { try binary(.sub, other, name: "subtract") }
    /// Elementwise product with broadcasting. - Throws: ``TensorError`` on incompatible shapes.
    public func multiplying(_ other: Tensor) throws -> Tensor { try binary(.mul, other, name: "multiply") }
    /// Elementwise quotient with broadcasting. - Throws: ``TensorError`` on incompatible shapes.
    public func dividing(_ other: Tensor) throws -> Tensor { try binary(.div, other, name: "divide") }
    /// Elementwise maximum with broadcasting (gradient goes to the larger operand).
    public func maximum(_ other: Tensor) throws -> Tensor { try binary(.maximum, other, name: "maximum") }
    /// Elementwise minimum with broadcasting (gradient goes to the smaller operand).
    public func minimum(_ other: Tensor) throws -> Tensor { try binary(.minimum, other, name: "minimum") }

    /// Elementwise sum with broadcasting.
    public static func + (lhs: Tensor, rhs: Tensor) throws -> Tensor { try lhs.binary(.add, rhs, name: "+") }
    /// Elementwise difference with broadcasting.
    public static func - (lhs: Tensor, rhs: Tensor) throws -> Tensor { try lhs.binary(.sub, rhs, name: "-") }
    /// Elementwise product with broadcasting.
    public static func * (lhs: Tensor, rhs: Tensor) throws -> Tensor { try lhs.binary(.mul, rhs, name: "*") }
    /// Elementwise quotient with broadcasting.
    public static func / (lhs: Tensor, rhs: Tensor) throws -> Tensor { try lhs.binary(.div, rhs, name: "/") }

    /// Adds a number to every element.
    public static func + (lhs: Tensor, rhs: Double) -> Tensor { lhs.unary(.affine(scale: 1, shift: rhs)) }
    /// Adds a number to every element.
    public static func + (lhs: Double, rhs: Tensor) -> Tensor { rhs.unary(.affine(scale: 1, shift: lhs)) }
    /// Subtracts a number from every element.
    public static func - (lhs: Tensor, rhs: Double) -> Tensor { lhs.unary(.affine(scale: 1, shift: -rhs)) }
    /// Subtracts every element from a number.
    public static func - (lhs: Double, rhs: Tensor) -> Tensor { rhs.unary(.affine(scale: -1, shift: lhs)) }
    /// Multiplies every element by a number.
    public static func * (lhs: Tensor, rhs: Double) -> Tensor { lhs.unary(.affine(scale: rhs, shift: 0)) }
    /// Multiplies every element by a number.
    public static func * (lhs: Double, rhs: Tensor) -> Tensor { rhs.unary(.affine(scale: lhs, shift: 0)) }
    /// Divides every element by a number.
    public static func / (lhs: Tensor, rhs: Double) -> Tensor { lhs.unary(.affine(scale: 1 / rhs, shift: 0)) }
    /// Divides a number by every element.
    public static func / (lhs: Double, rhs: Tensor) -> Tensor { rhs.unary(.power(-1)).unary(.affine(scale: lhs, shift: 0)) }
    /// Negates every element.
    public static prefix func - (x: Tensor) -> Tensor { x.unary(.affine(scale: -1, shift: 0)) }

    // MARK: - Comparisons (0/1 masks, no gradient)

    /// 1 where `self == other` (broadcast), else 0.
    public func equal(_ other: Tensor) throws -> Tensor { try binary(.equal, other, name: "equal") }
    /// 1 where `self != other` (broadcast), else 0.
    public func notEqual(_ other: Tensor) throws -> Tensor { try binary(.notEqual, other, name: "notEqual") }
    /// 1 where `self < other` (broadcast), else 0.
    public func less(_ other: Tensor) throws -> Tensor { try binary(.less, other, name: "less") }
    /// 1 where `self <= other` (broadcast), else 0.
    public func lessEqual(_ other: Tensor) throws -> Tensor { try binary(.lessEqual, other, name: "lessEqual") }
    /// 1 where `self > other` (broadcast), else 0.
    public func greater(_ other: Tensor) throws -> Tensor { try binary(.greater, other, name: "greater") }
    /// 1 where `self >= other` (broadcast), else 0.
    public func greaterEqual(_ other: Tensor) throws -> Tensor { try binary(.greaterEqual, other, name: "greaterEqual") }
    /// 1 where the element equals `value`, else 0.
    public func equal(_ value: Double) -> Tensor { compare(value, .equal) }
    /// 1 where the element is greater than `value`, else 0.
    public func greater(_ value: Double) -> Tensor { compare(value, .greater) }
    /// 1 where the element is less than `value`, else 0.
    public func less(_ value: Double) -> Tensor { compare(value, .less) }

    private func compare(_ value: Double, _ op: BinaryOp) -> Tensor {
        // a scalar operand always broadcasts, so this cannot throw
        (try? binary(op, scalarLike(value), name: "\(op)")) ?? Tensor(shape: shape, storage: .zeros(count, dtype))
    }
}
