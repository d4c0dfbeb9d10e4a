import Lib
import Plotting

// MARK: - The research and plotting libraries, as seen by cells

extension Bindings {
    /// Registers the research library (tensors, autodiff, layers, optimizers, graphs, datasets,
    /// training) and the plotting library (figures, axes, PNG/SVG display); ``standard()`` calls it.
    ///
    /// One file per area (`Bindings+Tensor`, `+Autodiff`, `+Layers`, `+Optimizers`, `+Training`,
    /// `+Graph`, `+Datasets`, `+Figure`, `+Axes`, `+FigureDisplay`). Conventions:
    /// - names are the libraries' own (`reshaped`, `transposed`, `zeroGrad`, `edgeIndex`);
    /// - numbers arrive as `[Double]`, `[Int]`, ranges or tensors, wherever a list is expected;
    /// - plotting options are names, written as strings or implicit members: colours (`"red"`/`.red`,
    ///   `"#1f77b4"`, `"C0"`), line styles (`.dashed`), markers (`.circle`), colour maps (`.viridis`),
    ///   legend positions (`.upperLeft`), scales (`"log"`), themes (`"dark"`); activations and splits
    ///   are implicit members too (`.relu`, `.dense(seed: 0)`);
    /// - library errors are Swift errors in the cell: uncaught they end it with their message,
    ///   `do { try … } catch { … }` catches them;
    /// - long library loops show their `Lib.Progress` reports live through ``withLiveProgress(_:)``.
    public func registerLibrary() {
        registerTensor()
        registerAutodiff()
        registerLayers()
        registerOptimizers()
        registerTraining()
        registerGraph()
        registerUnicron()
        registerDatasets()
        registerFigure()
        registerAxes()
        registerFigureDisplay()
        registerENFA()
        registerLONGNN()
        registerAsymKV()
    }
}

// MARK: - Live progress

extension Bindings {
    /// Runs a long library call with its `Lib.Progress` reports shown as one live output of the
    /// running cell, updated in place. Bindings of library loops (training, simulations) wrap
    /// their call in it: `try withLiveProgress { try model.fit(...) }`.
    public func withLiveProgress<T>(_ body: () throws -> T) rethrows -> T {
        try ProgressDisplay.run(output: runtime?.output, body)
    }
}

// MARK: - Errors

/// Runs library code where the call path does not add a location (operators, properties,
/// subscripts, callbacks): library errors become catchable cell errors carrying their message,
/// and a library interrupt stops the cell like any other interrupt.
func libraryCall<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let e as RuntimeError {
        throw e
    } catch let e as ThrownError {
        throw e
    } catch is InterruptedError {
        throw RuntimeError("Interrupted", "interrupted by the user")
    } catch {
        throw ThrownError(value: .string(String(describing: error)), location: nil)
    }
}

// MARK: - Converting cell values to library arguments

/// Conversions between cell values (numbers, arrays, library objects) and library types.
enum LibraryValues {
    /// A number as a Double (Int, Float and one-element tensors are accepted).
    static func number(_ v: Value) -> Double? {
        switch v {
        case .int(let x): return Double(x)
        case .double(let x): return x
        case .float(let x): return Double(x)
        case .some(let x): return number(x)
        case .native(let n):
            if let t = n.object as? Tensor, t.count == 1 { return t.value }
            return nil
        default: return nil
        }
    }

    /// A flat list of numbers: arrays of Int/Double/Float, integer ranges, or a tensor (all elements).
    static func numbers(_ v: Value, what: String = "argument") throws -> [Double] {
        if let t = v.native(as: Tensor.self) { return t.doubles }
        if case .range(let r) = v, let ir = r.intRange { return ir.map(Double.init) }
        guard case .array(let a) = v else {
            throw RuntimeError.type("\(what): expected an array of numbers or a Tensor, got \(typeName(v))")
        }
        return try a.map { x in
            guard let d = number(x) else { throw RuntimeError.type("\(what): expected numbers, found an element of type \(typeName(x))") }
            return d
        }
    }

    /// A list of Ints: arrays of Int, integer ranges, or a tensor of whole numbers.
    static func ints(_ v: Value, what: String = "argument") throws -> [Int] {
        if let t = v.native(as: Tensor.self) { return t.ints }
        if case .range(let r) = v, let ir = r.intRange { return Array(ir) }
        guard case .array(let a) = v else { throw RuntimeError.type("\(what): expected [Int], got \(typeName(v))") }
        return try a.map { x in
            if case .int(let i) = x { return i }
            if case .double(let d) = x, d == d.rounded(), Swift.abs(d) < 1e15 { return Int(d) }
            throw RuntimeError.type("\(what): expected [Int], found an element of type \(typeName(x))")
        }
    }

    /// A matrix of numbers: nested arrays (rows of equal length) or a rank-2 tensor.
    static func matrix(_ v: Value, what: String = "argument") throws -> [[Double]] {
        if let t = v.native(as: Tensor.self) {
            guard t.rank == 2 else { throw RuntimeError.value("\(what): expected a rank-2 tensor, got shape \(t.shape)") }
            let d = t.doubles, c = t.shape[1]
            return (0..<t.shape[0]).map { Array(d[($0 * c)..<($0 * c + c)]) }
        }
        guard case .array(let rows) = v else { throw RuntimeError.type("\(what): expected [[Double]] or a Tensor, got \(typeName(v))") }
        return try rows.map { try numbers($0, what: what) }
    }

    /// A list of strings.
    static func strings(_ v: Value, what: String = "argument") throws -> [String] {
        guard case .array(let a) = v else { throw RuntimeError.type("\(what): expected [String], got \(typeName(v))") }
        return a.map { x in
            if case .string(let s) = x { return s }
            if case .character(let c) = x { return String(c) }
            return describe(x)
        }
    }

    /// A float32 tensor from a tensor, a number, or (nested) arrays of numbers; the shape follows the nesting.
    static func tensor(_ v: Value, what: String = "argument", dtype: DType = .float32) throws -> Tensor {
        if let t = v.native(as: Tensor.self) { return t }
        if let x = number(v) { return Tensor(scalar: x, dtype: dtype) }
        var shape: [Int] = []
        var flat: [Double] = []
        try flatten(v, depth: 0, shape: &shape, into: &flat, what: what)
        return dtype == .float64 ? try Tensor(flat, shape: shape) : try Tensor(flat.map { Float($0) }, shape: shape)
    }

    /// An element type by name: "float32" or "float64".
    static func dtype(_ v: Value) throws -> DType {
        guard case .string(let s) = v else { throw RuntimeError.type("dtype: expected \"float32\" or \"float64\", got \(typeName(v))") }
        guard let d = DType(rawValue: s) else { throw RuntimeError.value("unknown dtype \"\(s)\"; use \"float32\" or \"float64\"") }
        return d
    }

    private static func flatten(_ v: Value, depth: Int, shape: inout [Int], into flat: inout [Double], what: String) throws {
        if let x = number(v) {
            guard depth == shape.count else { throw RuntimeError.value("\(what): nested arrays are ragged (a number where an array was expected)") }
            flat.append(x)
            return
        }
        let items: [Value]
        if case .array(let a) = v { items = a } else if case .range(let r) = v, let ir = r.intRange { items = ir.map { .int($0) } } else {
            throw RuntimeError.type("\(what): expected numbers or arrays of numbers, found \(typeName(v))")
        }
        if depth == shape.count {
            shape.append(items.count)
        } else if depth > shape.count || shape[depth] != items.count {
            throw RuntimeError.value("\(what): nested arrays are ragged (lengths \(shape[min(depth, shape.count - 1)]) and \(items.count) at depth \(depth))")
        }
        for x in items { try flatten(x, depth: depth + 1, shape: &shape, into: &flat, what: what) }
    }

    /// An optional argument: nil for `.none`/`.void`, otherwise the unwrapped value.
    static func optional(_ v: Value) -> Value? {
        switch v {
        case .none, .void: return nil
        case .some(let x): return x
        default: return v
        }
    }

    // MARK: - Results

    /// Doubles as a cell array.
    static func array(_ xs: [Double]) -> Value { .array(xs.map { .double($0) }) }
    /// Ints as a cell array.
    static func array(_ xs: [Int]) -> Value { .array(xs.map { .int($0) }) }
    /// Strings as a cell array.
    static func array(_ xs: [String]) -> Value { .array(xs.map { .string($0) }) }
}
