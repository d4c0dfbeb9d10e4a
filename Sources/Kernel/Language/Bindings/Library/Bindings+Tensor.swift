import Foundation
import Lib

// MARK: - Tensor: creation, shape, arithmetic, reductions, activations, subscripts

extension Bindings {
    /// Owners that share the tensor surface (a `Parameter` is a `Tensor`).
    static let tensorOwners = ["Tensor", "Parameter"]

    /// Registers a method on `Tensor` and `Parameter`.
    func tensorMethod(_ signature: String, doc: String, _ impl: @escaping (Tensor, Arguments) throws -> Value) {
        for owner in Bindings.tensorOwners {
            method(signature, on: owner, doc: doc) { this, a in
                guard let t = this.native(as: Tensor.self) else { throw RuntimeError.type("expected Tensor, got \(typeName(this))") }
                return try impl(t, a)
            }
        }
    }

    /// Registers a read-only property on `Tensor` and `Parameter`.
    func tensorProperty(_ signature: String, doc: String, _ get: @escaping (Tensor) throws -> Value) {
        for owner in Bindings.tensorOwners {
            property(signature, on: owner, doc: doc) { this in
                guard let t = this.native(as: Tensor.self) else { throw RuntimeError.type("expected Tensor, got \(typeName(this))") }
                return try libraryCall { try get(t) }
            }
        }
    }

    /// A tensor method whose result is a tensor.
    func tensorMap(_ signature: String, doc: String, _ f: @escaping (Tensor, Arguments) throws -> Tensor) {
        tensorMethod(signature, doc: doc) { [unowned self] t, a in self.wrap(try f(t, a)) }
    }

    func registerTensor() {
        let tensorType = type(Tensor.self, name: "Tensor",
                              doc: "An n-dimensional array of Float (or Double) with reverse-mode autodiff. "
                                + "Create with Tensor([[1, 2], [3, 4]]), Tensor.zeros([2, 3]), Tensor.randn([2, 3], seed: 0).")
        _ = tensorType
        type(Parameter.self, name: "Parameter", doc: "A trainable tensor: a leaf that always requires a gradient; optimizers update it in place.")
        display(Tensor.self) { t in MimeBundle(plainText: TensorFormat.text(t)) }
        display(Parameter.self) { t in MimeBundle(plainText: TensorFormat.text(t)) }
        registerTensorCreation()
        registerTensorProperties()
        registerTensorShape()
        registerTensorMath()
        registerTensorReductions()
        registerTensorIndexing()
        registerTensorOperators()
    }

    // MARK: - Creation

    private func registerTensorCreation() {
        initializer("init(_ values: [Double], dtype: String = \"float32\")", on: "Tensor",
                    doc: "A tensor from numbers or nested arrays of numbers; the shape follows the nesting (Tensor([[1, 2], [3, 4]]) is 2×2); dtype float32 or float64.") { a in
            let d = try LibraryValues.dtype(a[1])
            return a.wrap(try LibraryValues.tensor(a[0], what: "Tensor(_:)", dtype: d).converted(to: d))
        }
        initializer("init(_ values: [Double], shape: [Int], dtype: String = \"float32\")", on: "Tensor",
                    doc: "A tensor of the given shape from its elements in row-major order.") { a in
            let xs = try LibraryValues.numbers(a[0], what: "Tensor(_:shape:)"), shape = try LibraryValues.ints(a[1], what: "shape")
            return a.wrap(try LibraryValues.dtype(a[2]) == .float64 ? try Tensor(xs, shape: shape) : try Tensor(xs.map { Float($0) }, shape: shape))
        }
        initializer("init(scalar: Double)", on: "Tensor", doc: "A 0-d tensor holding one number.") { a in
            a.wrap(Tensor(scalar: try a.double(0)))
        }
        staticMethod("zeros(_ shape: [Int], dtype: String = \"float32\") -> Tensor", on: "Tensor", doc: "A tensor of zeros.") { a in
            a.wrap(Tensor.zeros(try Bindings.shape(a[0]), dtype: try LibraryValues.dtype(a[1])))
        }
        staticMethod("ones(_ shape: [Int], dtype: String = \"float32\") -> Tensor", on: "Tensor", doc: "A tensor of ones.") { a in
            a.wrap(Tensor.ones(try Bindings.shape(a[0]), dtype: try LibraryValues.dtype(a[1])))
        }
        staticMethod("full(_ shape: [Int], value: Double, dtype: String = \"float32\") -> Tensor", on: "Tensor", doc: "A tensor filled with `value`.") { a in
            a.wrap(Tensor.full(try Bindings.shape(a[0]), value: try a.double(1), dtype: try LibraryValues.dtype(a[2])))
        }
        staticMethod("arange(_ n: Int) -> Tensor", on: "Tensor", doc: "0, 1, …, n-1.") { a in
            guard case .int(let n) = a[0] else { return a.wrap(try Tensor.arange(0, try a.double(0))) }
            guard n >= 0 else { throw RuntimeError.value("Tensor.arange: n must be non-negative, got \(n)") }
            try Bindings.checkElementCount(n, what: "Tensor.arange(\(n))")
            return a.wrap(Tensor.arange(n))
        }
        staticMethod("arange(_ start: Double, _ end: Double, step: Double = 1) -> Tensor", on: "Tensor",
                     doc: "start, start+step, … up to (not including) end.") { a in
            let (start, end, step) = (try a.double(0), try a.double(1), try a.double(2))
            let n = ((end - start) / step).rounded(.up)
            if step != 0 {
                guard n.isFinite, abs(n) < 1e15 else {
                    throw RuntimeError.value("Tensor.arange(\(start), \(end), step: \(step)) has too many values (\(n))")
                }
                try Bindings.checkElementCount(Int(Swift.max(0, n)), what: "Tensor.arange with \(Int(Swift.max(0, n))) values")
            }
            return a.wrap(try Tensor.arange(start, end, step: step))
        }
        staticMethod("linspace(_ start: Double, _ end: Double, count: Int) -> Tensor", on: "Tensor",
                     doc: "`count` evenly spaced numbers from start to end inclusive.") { a in
            let n = try a.int(2)
            guard n >= 0 else { throw RuntimeError.value("Tensor.linspace: count must be non-negative, got \(n)") }
            try Bindings.checkElementCount(n, what: "Tensor.linspace with \(n) values")
            return a.wrap(Tensor.linspace(try a.double(0), try a.double(1), count: n))
        }
        staticMethod("eye(_ n: Int, dtype: String = \"float32\") -> Tensor", on: "Tensor", doc: "The n×n identity matrix.") { a in
            let n = try a.int(0)
            guard n >= 0 else { throw RuntimeError.value("Tensor.eye: n must be non-negative, got \(n)") }
            _ = try Bindings.shape(.array([.int(n), .int(n)]))
            return a.wrap(Tensor.eye(n, dtype: try LibraryValues.dtype(a[1])))
        }
        staticMethod("randn(_ shape: [Int], seed: Int, dtype: String = \"float32\") -> Tensor", on: "Tensor",
                     doc: "Standard normal samples; the same seed gives the same values.") { a in
            a.wrap(Tensor.randn(try Bindings.shape(a[0]), seed: try a.int(1), dtype: try LibraryValues.dtype(a[2])))
        }
        staticMethod("uniform(_ shape: [Int], low: Double = 0, high: Double = 1, seed: Int, dtype: String = \"float32\") -> Tensor", on: "Tensor",
                     doc: "Uniform samples in [low, high); the same seed gives the same values.") { a in
            a.wrap(Tensor.uniform(try Bindings.shape(a[0]), low: try a.double(1), high: try a.double(2), seed: try a.int(3),
                                  dtype: try LibraryValues.dtype(a[4])))
        }
        staticMethod("glorot(_ shape: [Int], seed: Int, dtype: String = \"float32\") -> Tensor", on: "Tensor",
                     doc: "Glorot (Xavier) uniform initialisation for a weight matrix of the given shape.") { a in
            a.wrap(Tensor.glorot(try Bindings.shape(a[0]), seed: try a.int(1), dtype: try LibraryValues.dtype(a[2])))
        }
        staticMethod("oneHot(_ labels: [Int], classes: Int) -> Tensor", on: "Tensor", doc: "One row per label with a 1 in its column.") { a in
            a.wrap(try Tensor.oneHot(try LibraryValues.ints(a[0], what: "labels"), classes: try a.int(1)))
        }
        staticMethod("concat(_ tensors: [Tensor], axis: Int = 0) -> Tensor", on: "Tensor", doc: "Joins tensors along an existing axis.") { a in
            a.wrap(try Tensor.concat(try Bindings.tensors(a[0]), axis: try a.int(1)))
        }
        staticMethod("stack(_ tensors: [Tensor], axis: Int = 0) -> Tensor", on: "Tensor", doc: "Joins equal-shaped tensors along a new axis.") { a in
            a.wrap(try Tensor.stack(try Bindings.tensors(a[0]), axis: try a.int(1)))
        }
        tensorMap("zerosLike() -> Tensor", doc: "Zeros of the same shape.") { t, _ in t.zerosLike() }
        tensorMap("onesLike() -> Tensor", doc: "Ones of the same shape.") { t, _ in t.onesLike() }
    }

    /// A shape argument: [Int] with no negative extents and an element count the machine can hold.
    static func shape(_ v: Value) throws -> [Int] {
        let s = try LibraryValues.ints(v, what: "shape")
        if let bad = s.first(where: { $0 < 0 }) { throw RuntimeError.value("shape \(s) has a negative extent \(bad)") }
        var count = 1
        for d in s {
            let (p, overflow) = count.multipliedReportingOverflow(by: d)
            if overflow { throw RuntimeError.value("a tensor of shape \(s) has more elements than an Int can count") }
            count = p
        }
        try checkElementCount(count, what: "a tensor of shape \(s)")
        return s
    }

    /// Refuses, before allocating, a tensor of `count` elements that would not fit in memory
    /// (counted at 8 bytes an element, the float64 worst case; see `Lib.MemoryBudget`).
    static func checkElementCount(_ dimensions: Int..., what: String) throws {
        do { try MemoryBudget.check(dimensions, what: what) } catch let e as TensorError {
            throw RuntimeError.value(e.description)
        }
    }

    /// An array of tensors (numbers and nested arrays are converted).
    static func tensors(_ v: Value) throws -> [Tensor] {
        guard case .array(let xs) = v else { throw RuntimeError.type("expected [Tensor], got \(typeName(v))") }
        return try xs.map { try LibraryValues.tensor($0) }
    }

    // MARK: - Properties and conversions

    private func registerTensorProperties() {
        tensorProperty("shape: [Int]", doc: "The extent of each axis.") { t in LibraryValues.array(t.shape) }
        tensorProperty("rank: Int", doc: "The number of axes.") { t in .int(t.rank) }
        tensorProperty("count: Int", doc: "The number of elements.") { t in .int(t.count) }
        tensorProperty("dtype: String", doc: "The element type: \"float32\" or \"float64\".") { t in .string(t.dtype.rawValue) }
        tensorProperty("scalars: [Double]", doc: "All elements in row-major order.") { t in LibraryValues.array(t.doubles) }
        tensorProperty("doubles: [Double]", doc: "All elements in row-major order, as Double.") { t in LibraryValues.array(t.doubles) }
        tensorProperty("ints: [Int]", doc: "All elements rounded to Int (for labels and indices).") { t in LibraryValues.array(t.ints) }
        tensorProperty("value: Double", doc: "The first element (0 when empty); convenient for losses.") { t in .double(t.value) }
        tensorProperty("description: String", doc: "A one-line summary: shape, dtype and the leading elements.") { t in .string(t.description) }
        tensorMethod("item() -> Double", doc: "The single element of a one-element tensor.") { t, _ in .double(try t.item()) }
        tensorMap("toFloat32() -> Tensor", doc: "Converts to float32 (differentiable).") { t, _ in t.toFloat32() }
        tensorMap("toFloat64() -> Tensor", doc: "Converts to float64 (differentiable).") { t, _ in t.toFloat64() }
    }

    // MARK: - Shape

    private func registerTensorShape() {
        tensorMap("reshaped(_ shape: [Int]) -> Tensor", doc: "The same elements in a new shape; one extent may be -1.") { t, a in
            try t.reshaped(try LibraryValues.ints(a[0], what: "shape"))
        }
        tensorMap("flattened() -> Tensor", doc: "All elements in one axis.") { t, _ in t.flattened() }
        tensorMap("transposed() -> Tensor", doc: "The matrix transpose (rank 2).") { t, _ in try t.transposed() }
        tensorProperty("T: Tensor", doc: "The matrix transpose (rank 2).") { [unowned self] t in self.wrap(try t.transposed()) }
        tensorMap("permuted(_ dims: [Int]) -> Tensor", doc: "Axes reordered: result axis i is axis dims[i].") { t, a in
            try t.permuted(try LibraryValues.ints(a[0], what: "dims"))
        }
        tensorMap("unsqueezed(axis: Int) -> Tensor", doc: "A new axis of extent 1 at `axis`.") { t, a in try t.unsqueezed(axis: try a.int(0)) }
        tensorMap("squeezed(axis: Int) -> Tensor", doc: "Removes the axis `axis` of extent 1.") { t, a in try t.squeezed(axis: try a.int(0)) }
        tensorMap("broadcast(to shape: [Int]) -> Tensor", doc: "Repeats along axes of extent 1 to reach `shape`.") { t, a in
            try t.broadcast(to: try LibraryValues.ints(a[0], what: "shape"))
        }
        tensorMap("matmul(_ other: Tensor) -> Tensor", doc: "Matrix product (batched for rank > 2); also written a • b.") { t, a in
            try t.matmul(try LibraryValues.tensor(a[0]))
        }
    }

    // MARK: - Elementwise math and activations

    private func registerTensorMath() {
        let unary: [(String, String, (Tensor) -> Tensor)] = [
            ("exp", "e to the power of each element.", { $0.exp() }), ("log", "Natural logarithm of each element.", { $0.log() }),
            ("sqrt", "Square root of each element.", { $0.sqrt() }), ("abs", "Absolute value of each element.", { $0.abs() }),
            ("sign", "-1, 0 or 1 per element.", { $0.sign() }), ("rounded", "Each element rounded to the nearest whole number.", { $0.rounded() }),
            ("floor", "Each element rounded down.", { $0.floor() }), ("square", "Each element squared.", { $0.square() }),
            ("relu", "max(x, 0) per element.", { $0.relu() }), ("gelu", "Gaussian error linear unit per element.", { $0.gelu() }),
            ("tanh", "Hyperbolic tangent per element.", { $0.tanh() }), ("sigmoid", "1 / (1 + e^-x) per element.", { $0.sigmoid() }),
            ("softplus", "log(1 + e^x) per element.", { $0.softplus() }),
        ]
        for (name, doc, f) in unary { tensorMap("\(name)() -> Tensor", doc: doc) { t, _ in f(t) } }
        tensorMap("pow(_ p: Double) -> Tensor", doc: "Each element to the power p.") { t, a in t.pow(try a.double(0)) }
        tensorMap("elu(alpha: Double = 1) -> Tensor", doc: "Exponential linear unit per element.") { t, a in t.elu(alpha: try a.double(0)) }
        tensorMap("clamped(lower: Double, upper: Double) -> Tensor", doc: "Each element limited to [lower, upper].") { t, a in
            try t.clamped(lower: try a.double(0), upper: try a.double(1))
        }
        tensorMap("softmax(axis: Int = -1) -> Tensor", doc: "Softmax along an axis (the last by default).") { t, a in try t.softmax(axis: try a.int(0)) }
        tensorMap("logSoftmax(axis: Int = -1) -> Tensor", doc: "Log of softmax along an axis, computed stably.") { t, a in
            try t.logSoftmax(axis: try a.int(0))
        }
        tensorMap("rowNormalized() -> Tensor", doc: "Each row divided by its sum (zero rows stay zero).") { t, _ in try t.rowNormalized() }
        tensorMap("l2Normalized(axis: Int = -1) -> Tensor", doc: "Divided by the L2 norm along an axis.") { t, a in try t.l2Normalized(axis: try a.int(0)) }
        let binary: [(String, String, (Tensor, Tensor) throws -> Tensor)] = [
            ("adding", "Elementwise sum with broadcasting (same as +).", { try $0.adding($1) }),
            ("subtracting", "Elementwise difference with broadcasting (same as -).", { try $0.subtracting($1) }),
            ("multiplying", "Elementwise product with broadcasting (same as *).", { try $0.multiplying($1) }),
            ("dividing", "Elementwise quotient with broadcasting (same as /).", { try $0.dividing($1) }),
            ("maximum", "Elementwise maximum with broadcasting.", { try $0.maximum($1) }),
            ("minimum", "Elementwise minimum with broadcasting.", { try $0.minimum($1) }),
            ("equal", "1 where equal, else 0 (a tensor or a number).", { try $0.equal($1) }),
            ("greater", "1 where greater, else 0 (a tensor or a number).", { try $0.greater($1) }),
            ("less", "1 where less, else 0 (a tensor or a number).", { try $0.less($1) }),
        ]
        for (name, doc, f) in binary {
            tensorMap("\(name)(_ other: Tensor) -> Tensor", doc: doc) { t, a in try f(t, try LibraryValues.tensor(a[0])) }
        }
    }

    // MARK: - Reductions

    private func registerTensorReductions() {
        tensorMap("sum() -> Tensor", doc: "The sum of all elements (a 0-d tensor).") { t, _ in t.sum() }
        tensorMap("sum(axis: Int, keepDims: Bool = false) -> Tensor", doc: "Sums along one axis.") { t, a in
            try t.sum(axis: try a.int(0), keepDims: try a.bool(1))
        }
        tensorMap("mean() -> Tensor", doc: "The mean of all elements (a 0-d tensor).") { t, _ in t.mean() }
        tensorMap("mean(axis: Int, keepDims: Bool = false) -> Tensor", doc: "Means along one axis.") { t, a in
            try t.mean(axis: try a.int(0), keepDims: try a.bool(1))
        }
        tensorMap("variance(axis: Int, keepDims: Bool = false) -> Tensor", doc: "Population variance along one axis.") { t, a in
            try t.variance(axis: try a.int(0), keepDims: try a.bool(1))
        }
        tensorMap("max() -> Tensor", doc: "The largest element.") { t, _ in try t.max() }
        tensorMap("max(axis: Int, keepDims: Bool = false) -> Tensor", doc: "Maxima along one axis.") { t, a in
            try t.max(axis: try a.int(0), keepDims: try a.bool(1))
        }
        tensorMap("min(axis: Int, keepDims: Bool = false) -> Tensor", doc: "Minima along one axis.") { t, a in
            try t.min(axis: try a.int(0), keepDims: try a.bool(1))
        }
        tensorMap("argmax(axis: Int = -1, keepDims: Bool = false) -> Tensor", doc: "Indices of the maxima along an axis.") { t, a in
            try t.argmax(axis: try a.int(0), keepDims: try a.bool(1))
        }
        tensorMethod("argmaxIndices() -> [Int]", doc: "Row-wise argmax of a matrix as Ints (predicted classes).") { t, _ in
            LibraryValues.array(try t.argmaxIndices())
        }
        tensorMap("logSumExp(axis: Int = -1, keepDims: Bool = false) -> Tensor", doc: "log(sum(exp(x))) along an axis, computed stably.") { t, a in
            try t.logSumExp(axis: try a.int(0), keepDims: try a.bool(1))
        }
    }

    // MARK: - Indexing

    private func registerTensorIndexing() {
        for owner in Bindings.tensorOwners {
            subscriptGetter("subscript(_ indices: Int...) -> Tensor", on: owner,
                            doc: "t[i] drops the first axis, t[a..<b] slices it, t[i, j] indexes several axes; "
                                + "a full index gives a Double. Negative indices count from the end.") { [unowned self] this, a in
                guard let t = this.native(as: Tensor.self) else { throw RuntimeError.type("expected Tensor, got \(typeName(this))") }
                return try libraryCall { try self.tensorSubscript(t, a.values) }
            }
        }
        tensorMap("slice(axis: Int = 0, _ range: Range<Int>) -> Tensor", doc: "The entries `range` along `axis`.") { t, a in
            guard case .range(let r) = a[1], let ir = r.intRange else { throw RuntimeError.type("slice: expected an Int range such as 0..<3") }
            return try t.slice(axis: try a.int(0), ir)
        }
        tensorMap("indexSelect(_ indices: [Int], axis: Int = 0) -> Tensor", doc: "The entries at `indices` along `axis`, in that order.") { t, a in
            try t.indexSelect(try LibraryValues.ints(a[0], what: "indices"), axis: try a.int(1))
        }
        tensorMethod("scalar(at indices: [Int]) -> Double", doc: "The element at a full multi-index.") { t, a in
            .double(try t.scalar(at: try LibraryValues.ints(a[0], what: "indices")))
        }
    }

    /// Applies subscript keys axis by axis: an Int selects (and drops the axis), a range slices.
    func tensorSubscript(_ t: Tensor, _ keys: [Value]) throws -> Value {
        var x = t
        var axis = 0
        var allInts = true
        for key in keys {
            guard axis < x.rank else {
                throw TensorError.invalidArgument(op: "subscript", message: "too many indices (\(keys.count)) for a tensor of rank \(t.rank)")
            }
            switch key {
            case .int(let i):
                let n = x.shape[axis]
                let j = i < 0 ? i + n : i
                guard j >= 0, j < n else { throw TensorError.indexOutOfRange(op: "subscript (axis \(axis))", index: i, validRange: "-\(n)..<\(n)") }
                x = try x.slice(axis: axis, j..<(j + 1)).squeezed(axis: axis)
            case .range(let r):
                guard let ir = r.intRange else { throw RuntimeError.type("a tensor is sliced with an Int range such as 0..<3") }
                x = try x.slice(axis: axis, ir)
                axis += 1
                allInts = false
            default:
                throw RuntimeError.type("a tensor is indexed with Int or Int ranges, not \(typeName(key))")
            }
        }
        if allInts && x.rank == 0 && !keys.isEmpty { return .double(x.value) }
        return wrap(x)
    }

    // MARK: - Operators

    private func registerTensorOperators() {
        typealias Ops = (tt: (Tensor, Tensor) throws -> Tensor, ts: (Tensor, Double) -> Tensor, st: (Double, Tensor) -> Tensor)
        let table: [(String, String, Ops)] = [
            ("+", "AdditionPrecedence", ({ try $0 + $1 }, { $0 + $1 }, { $0 + $1 })),
            ("-", "AdditionPrecedence", ({ try $0 - $1 }, { $0 - $1 }, { $0 - $1 })),
            ("*", "MultiplicationPrecedence", ({ try $0 * $1 }, { $0 * $1 }, { $0 * $1 })),
            ("/", "MultiplicationPrecedence", ({ try $0 / $1 }, { $0 / $1 }, { $0 / $1 })),
        ]
        for (op, group, f) in table {
            infixOperator(op, precedenceGroup: group, doc: "Elementwise \(op) of tensors (with broadcasting) or of a tensor and a number.") { [unowned self] a, b in
                let ta = a.native(as: Tensor.self), tb = b.native(as: Tensor.self)
                guard ta != nil || tb != nil else { return nil }
                return try libraryCall {
                    if let x = ta, let y = tb { return self.wrap(try f.tt(x, y)) }
                    if let x = ta {
                        if let s = LibraryValues.number(b) { return self.wrap(f.ts(x, s)) }
                        return self.wrap(try f.tt(x, try LibraryValues.tensor(b)))
                    }
                    guard let y = tb else { return Value.none }
                    if let s = LibraryValues.number(a) { return self.wrap(f.st(s, y)) }
                    return self.wrap(try f.tt(try LibraryValues.tensor(a), y))
                }
            }
        }
        infixOperator("•", precedenceGroup: "MultiplicationPrecedence", doc: "Matrix product of two tensors (same as matmul).") { [unowned self] a, b in
            guard let x = a.native(as: Tensor.self), let y = b.native(as: Tensor.self) else { return nil }
            return try libraryCall { self.wrap(try x.matmul(y)) }
        }
    }
}
