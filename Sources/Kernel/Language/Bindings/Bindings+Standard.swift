import Foundation

// MARK: - Free functions, conversions and numbers of the Swift standard library

extension Bindings {
    /// Registers everything a Swift user reaches for first.
    func registerStandardLibrary() {
        for (name, doc) in [("Int", "A 64-bit signed integer; overflow is an error."), ("Double", "A 64-bit floating-point number."),
                            ("Float", "A 32-bit floating-point number."), ("Bool", "A Boolean value."),
                            ("String", "A Unicode string; `count` counts characters."), ("Character", "One extended grapheme cluster."),
                            ("Array", "An ordered collection."), ("Dictionary", "Key-value pairs (kept in insertion order)."),
                            ("Set", "Unique elements (kept in insertion order)."), ("Optional", "A value or nil."),
                            ("Range", "A half-open or closed interval.")] {
            builtinType(name, doc: doc)
        }
        registerOutput()
        registerMath()
        registerConversions()
        registerNumbers()
        registerIntReportingOverflow()
        registerFloatingPointLimits()
        registerOptional()
        registerSequences()
        registerCollections()
        registerStrings()
        registerRandom()
    }

    // MARK: - Output

    private func registerOutput() {
        function("print(_ items: Any..., separator: String = \" \", terminator: String = \"\\n\")",
                 doc: "Writes the textual representations of the items to standard output.") { a in
            let items = try DescriptionGaps.checked { try a.sequence(0).map { outputText($0, debug: false) } }
            a.bindings?.runtime?.write(items.joined(separator: try a.string(1)) + (try a.string(2)))
            return .void
        }
        function("print(_ items: Any..., separator: String = \" \", terminator: String = \"\\n\", to output: Any)",
                 doc: "Writes the items to `output`: `print(x, to: &standardError)` writes to the notebook's stderr stream.") { [weak self] a in
            guard case .native(let n) = a[3], n.object is StandardErrorStream else {
                throw RuntimeError.type("print(_:to:) writes to standardError here; got \(typeName(a[3]))")
            }
            let items = try DescriptionGaps.checked { try a.sequence(0).map { outputText($0, debug: false) } }
            self?.runtime?.output?.stream(.stderr, items.joined(separator: try a.string(1)) + (try a.string(2)))
            return .void
        }
        function("debugPrint(_ items: Any..., separator: String = \" \", terminator: String = \"\\n\")",
                 doc: "Writes the debug representations (strings quoted) to standard output.") { a in
            let items = try DescriptionGaps.checked { try a.sequence(0).map { outputText($0, debug: true) } }
            a.bindings?.runtime?.write(items.joined(separator: try a.string(1)) + (try a.string(2)))
            return .void
        }
        function("display(_ value: Any)", doc: "Shows a value now, with its richest representations (HTML, PNG, SVG…).") { a in
            guard let bindings = a.bindings else { return .void }
            bindings.runtime?.output?.display(Display.bundle(for: a[0], bindings: bindings), displayID: nil, update: false)
            return .void
        }
        function("display(_ value: Any, id: String, update: Bool = false)",
                 doc: "Shows a value in an output that can be replaced later: call again with the same id and `update: true`.") { a in
            guard let bindings = a.bindings else { return .void }
            bindings.runtime?.output?.display(Display.bundle(for: a[0], bindings: bindings), displayID: try a.string(1), update: try a.bool(2))
            return .void
        }
        function("updateDisplay(_ value: Any, id: String)", doc: "Replaces the output shown earlier with `display(_:id:)`.") { a in
            guard let bindings = a.bindings else { return .void }
            bindings.runtime?.output?.display(Display.bundle(for: a[0], bindings: bindings), displayID: try a.string(1), update: true)
            return .void
        }
        function("clearOutput(wait: Bool = false)", doc: "Clears the cell's output; with `wait: true`, when new output arrives.") { a in
            a.bindings?.runtime?.output?.clearOutput(wait: try a.bool(0))
            return .void
        }
        function("readLine(prompt: String = \"\", password: Bool = false) -> String?",
                 doc: "Asks the front end for one line of input; nil when input is not available.") { a in
            guard let rt = a.bindings?.runtime, let out = rt.output, rt.allowStdin else { return .none }
            do { return .some(.string(try out.readInput(prompt: try a.string(0), password: try a.bool(1)))) } catch let e as StdinError {
                if e == .interrupted { throw RuntimeError("Interrupted", "interrupted while waiting for input") }
                return .none
            }
        }
        function("type(of value: Any) -> Any.Type", doc: "The dynamic type of a value.") { a in
            switch a[0] {
            case .structValue(let i) where i.type.isGeneric, .object(let i) where i.type.isGeneric:
                guard let name = i.type.specializedName(fields: i.fields) else {
                    throw RuntimeError.unsupported("type(of:) on an instance of the generic type '\(i.type.name)' whose generic arguments cannot be told from its values")
                }
                return .type(.builtin(name))
            case .string:
                // Slices (`prefix(3)`, `s[i...]`) are Strings here but Substrings in Swift.
                throw RuntimeError.unsupported("type(of:) on a string (the cell language does not tell String from Substring)")
            case .enumValue(let e) where e.type.isGeneric:
                throw RuntimeError.unsupported("type(of:) on a case of the generic enum '\(e.type.name)' (its generic arguments are not tracked)")
            default: return .type(.builtin(typeName(a[0])))
            }
        }
        function("assert(_ condition: Bool, _ message: String = \"\")", doc: "Stops the cell with an error when the condition is false.") { a in
            if !(try a.bool(0)) { throw RuntimeError("AssertionFailed", "assertion failed" + ((try a.string(1)).isEmpty ? "" : ": \(try a.string(1))")) }
            return .void
        }
        function("precondition(_ condition: Bool, _ message: String = \"\")", doc: "Stops the cell with an error when the condition is false.") { a in
            if !(try a.bool(0)) { throw RuntimeError("PreconditionFailed", "precondition failed" + ((try a.string(1)).isEmpty ? "" : ": \(try a.string(1))")) }
            return .void
        }
        function("fatalError(_ message: String = \"\")", doc: "Stops the cell with an error (the kernel keeps running).") { a in
            throw RuntimeError("FatalError", (try a.string(0)).isEmpty ? "fatal error" : try a.string(0))
        }
    }

    // MARK: - Math

    private func registerMath() {
        let unary: [(String, (Double) -> Double, String)] = [
            ("sqrt", { $0.squareRoot() }, "Square root."), ("exp", Foundation.exp, "e raised to x."),
            ("log", Foundation.log, "Natural logarithm."), ("log2", Foundation.log2, "Base-2 logarithm."),
            ("log10", Foundation.log10, "Base-10 logarithm."), ("sin", Foundation.sin, "Sine (radians)."),
            ("cos", Foundation.cos, "Cosine (radians)."), ("tan", Foundation.tan, "Tangent (radians)."),
            ("asin", Foundation.asin, "Arc sine."), ("acos", Foundation.acos, "Arc cosine."), ("atan", Foundation.atan, "Arc tangent."),
            ("sinh", Foundation.sinh, "Hyperbolic sine."), ("cosh", Foundation.cosh, "Hyperbolic cosine."),
            ("tanh", Foundation.tanh, "Hyperbolic tangent."), ("floor", Foundation.floor, "Largest integer value not greater than x."),
            ("ceil", Foundation.ceil, "Smallest integer value not less than x."), ("round", Foundation.round, "Nearest integer value, halves away from zero."),
            ("exp2", Foundation.exp2, "2 raised to x."), ("cbrt", Foundation.cbrt, "Cube root."),
        ]
        for (name, f, doc) in unary {
            function("\(name)(_ x: Double) -> Double", doc: doc) { a in .double(f(try a.double(0))) }
        }
        function("pow(_ x: Double, _ y: Double) -> Double", doc: "x raised to the power y.") { a in .double(Foundation.pow(try a.double(0), try a.double(1))) }
        function("atan2(_ y: Double, _ x: Double) -> Double", doc: "Arc tangent of y/x, using the signs of both.") { a in .double(Foundation.atan2(try a.double(0), try a.double(1))) }
        function("hypot(_ x: Double, _ y: Double) -> Double", doc: "sqrt(x*x + y*y) without overflow.") { a in .double(Foundation.hypot(try a.double(0), try a.double(1))) }
        function("abs(_ x: Comparable) -> Comparable", doc: "Absolute value of an Int or Double (overflow is an error for Int.min).") { a in
            switch a[0] {
            case .int(let x):
                if x == .min { throw RuntimeError("Overflow", "abs(Int.min) does not fit in Int") }
                return .int(Swift.abs(x))
            case .double(let x): return .double(Swift.abs(x))
            case .float(let x): return .float(Swift.abs(x))
            default: throw RuntimeError.type("abs needs a number, got \(typeName(a[0]))")
            }
        }
        function("min(_ x: Comparable, _ y: Comparable) -> Comparable", doc: "The smaller of two values (the first when they are equal).") { a in
            try swiftMin(a[0], a[1])
        }
        function("min(_ x: Comparable, _ y: Comparable, _ z: Comparable, _ rest: Comparable...) -> Comparable",
                 doc: "The smallest of three or more values (the earliest when several are equal).") { a in
            var m = try swiftMin(try swiftMin(a[0], a[1]), a[2])
            for v in try a.sequence(3) { if case .bool(true) = try applyBinary(.lt, v, m) { m = v } }
            return m
        }
        function("max(_ x: Comparable, _ y: Comparable) -> Comparable", doc: "The larger of two values (the second when they are equal).") { a in
            try swiftMax(a[0], a[1])
        }
        function("max(_ x: Comparable, _ y: Comparable, _ z: Comparable, _ rest: Comparable...) -> Comparable",
                 doc: "The largest of three or more values (the latest when several are equal).") { a in
            var m = try swiftMax(try swiftMax(a[0], a[1]), a[2])
            for v in try a.sequence(3) { if case .bool(true) = try applyBinary(.ge, v, m) { m = v } }
            return m
        }
        function("zip(_ a: Sequence, _ b: Sequence) -> [(Any, Any)]", doc: "Pairs of corresponding elements, as long as the shorter sequence.") { a in
            .array(zip(try a.sequence(0), try a.sequence(1)).map { .tuple(TupleValue([$0, $1], labels: [nil, nil])) })
        }
        function("stride(from start: Comparable, to end: Comparable, by step: Comparable) -> [Comparable]",
                 doc: "Values from start up to (not including) end, by step.") { a in try strideValues(a, through: false) }
        function("stride(from start: Comparable, through end: Comparable, by step: Comparable) -> [Comparable]",
                 doc: "Values from start up to and including end, by step.") { a in try strideValues(a, through: true) }
        function("swap(_ a: inout Any, _ b: inout Any)", doc: "Not available in cells: write (a, b) = (b, a).") { _ in
            throw RuntimeError.argument("swap(_:_:) is not available in cells; write (a, b) = (b, a)")
        }
    }

    // MARK: - Conversions

    private func registerConversions() {
        initializer("init(_ value: Any)", on: "Int", doc: "Converts a Double (truncating), a Bool-free number or a String (nil if not a number).") { a in
            switch a[0] {
            case .int: return a[0]
            case .sized(let s):
                guard let i = Int(exactly: s.value) else { throw RuntimeError("Overflow", "Not enough bits to represent the passed value: \(s.value) does not fit in Int") }
                return .int(i)
            case .double(let d):
                guard d.isFinite, d >= -9.223372036854775808e18, d < 9.223372036854775808e18 else { throw RuntimeError("Overflow", "\(d) cannot be converted to Int: out of range or not finite") }
                return .int(Int(d))
            case .float(let d):
                guard d.isFinite, Double(d) >= -9.223372036854775808e18, Double(d) < 9.223372036854775808e18 else { throw RuntimeError("Overflow", "\(d) cannot be converted to Int") }
                return .int(Int(d))
            case .string(let s): return Int(s).map { .some(.int($0)) } ?? .none
            case .character(let c): return Int(String(c)).map { .some(.int($0)) } ?? .none
            default: throw RuntimeError.type("no Int initialiser accepts a \(typeName(a[0]))")
            }
        }
        initializer("init(exactly value: Double) -> Int?", on: "Int", doc: "The Int equal to value (a Double or an integer of any width), or nil.") { a in
            if case .sized(let s) = a[0] { return Int(exactly: s.value).map { .some(.int($0)) } ?? .none }
            let d = try a.double(0)
            guard d.isFinite, d.rounded() == d, d >= -9.223372036854775808e18, d < 9.223372036854775808e18 else { return .none }
            return .some(.int(Int(d)))
        }
        initializer("init(_ value: Any)", on: "Double", doc: "Converts an Int or Float, or parses a String (nil if not a number).") { a in
            switch a[0] {
            case .int(let i): return .double(Double(i))
            case .sized(let s): return .double(Double(s.value))
            case .double: return a[0]
            case .float(let f): return .double(Double(f))
            case .string(let s): return Double(s).map { .some(.double($0)) } ?? .none
            default: throw RuntimeError.type("no Double initialiser accepts a \(typeName(a[0]))")
            }
        }
        initializer("init(_ value: Any)", on: "Float", doc: "Converts an Int or Double, or parses a String.") { a in
            switch a[0] {
            case .int(let i): return .float(Float(i))
            case .sized(let s): return .float(Float(s.value))
            case .double(let d): return .float(Float(d))
            case .float: return a[0]
            case .string(let s): return Float(s).map { .some(.float($0)) } ?? .none
            default: throw RuntimeError.type("no Float initialiser accepts a \(typeName(a[0]))")
            }
        }
        initializer("init(_ value: Any)", on: "Bool", doc: "Parses \"true\" or \"false\".") { a in
            if case .bool = a[0] { return a[0] }
            switch try a.string(0) { case "true": return .some(.bool(true)); case "false": return .some(.bool(false)); default: return .none }
        }
        initializer("init(_ value: Any)", on: "String",
                    doc: "The textual representation of a value; characters, and Unicode scalars (a string's unicodeScalars), are joined.") { a in
            switch a[0] {
            case .array(let xs) where xs.allSatisfy({ switch $0 { case .character, .string: return true; default: return false } }):
                return .string(xs.map(describe).joined())
            case .array(let xs) where !xs.isEmpty && xs.allSatisfy({ $0.native(as: Unicode.Scalar.self) != nil }):
                var text = ""
                text.unicodeScalars.append(contentsOf: xs.compactMap { $0.native(as: Unicode.Scalar.self) })
                return .string(text)
            case .some(let inner) where inner.native(as: Unicode.Scalar.self) != nil:
                // `String(UnicodeScalar(65))`: Swift chose the non-failable init(_: UInt8) (see scalarArgument).
                return .string(describe(inner))
            default: return .string(try DescriptionGaps.checked { outputText(a[0], debug: false) })
            }
        }
        initializer("init(describing value: Any)", on: "String", doc: "The textual representation of a value.") { a in
            .string(try DescriptionGaps.checked { outputText(a[0], debug: false) })
        }
        initializer("init(reflecting value: Any)", on: "String", doc: "The debug representation of a value (strings quoted).") { a in
            .string(try DescriptionGaps.checked { outputText(a[0], debug: true) })
        }
        initializer("init(repeating s: String, count: Int)", on: "String", doc: "The string repeated count times.") { a in
            let n = try a.int(1)
            guard n >= 0 else { throw RuntimeError.value("count must not be negative, got \(n)") }
            guard n.multipliedReportingOverflow(by: max(1, (try a.string(0)).utf8.count)).partialValue <= maxMaterializedCount, n <= maxMaterializedCount else {
                throw RuntimeError.value("String(repeating:count:) would be too large")
            }
            return .string(String(repeating: try a.string(0), count: n))
        }
        initializer("init(format: String, _ arguments: Any...)", on: "String", doc: "printf-style formatting: %d, %f, %.2f, %s, %@, %x, %e, %%.") { a in
            .string(try formatString(try a.string(0), try a.sequence(1)))
        }
        initializer("init(_ value: Int, radix: Int, uppercase: Bool = false)", on: "String", doc: "The digits of an integer of any width in the given base.") { a in
            let r = try a.int(1)
            guard (2...36).contains(r) else { throw RuntimeError.value("radix must be in 2...36, got \(r)") }
            guard let x = integerValue(a[0]) else { throw RuntimeError.type("String(_:radix:) needs an integer, got \(typeName(a[0]))") }
            return .string(String(x, radix: r, uppercase: try a.bool(2)))
        }
        initializer("init(_ value: String, radix: Int)", on: "Int", doc: "Parses digits in the given base; nil if invalid.") { a in
            let r = try a.int(1)
            guard (2...36).contains(r) else { throw RuntimeError.value("radix must be in 2...36, got \(r)") }
            return Int(try a.string(0), radix: r).map { .some(.int($0)) } ?? .none
        }
        initializer("init(_ value: String)", on: "Character", doc: "The single character of a one-character string, or the character of a Unicode.Scalar.") { a in
            if let u = scalarArgument(a[0]) { return .character(Character(u)) }
            let s = try a.string(0)
            guard s.count == 1, let c = s.first else { throw RuntimeError.value("Character(_:) needs exactly one character, got \(s.debugDescription)") }
            return .character(c)
        }
        initializer("init(_ elements: Sequence)", on: "Array", doc: "An array of a sequence's elements.") { a in .array(try a.sequence(0)) }
        initializer("init()", on: "Array", doc: "An empty array.") { _ in .array([]) }
        initializer("init(repeating value: Any, count: Int)", on: "Array", doc: "count copies of value.") { a in
            let n = try a.int(1)
            guard n >= 0 else { throw RuntimeError.value("count must not be negative, got \(n)") }
            guard n <= maxMaterializedCount else { throw RuntimeError.value("count \(n) is too large (limit \(maxMaterializedCount) elements)") }
            return .array(Array(repeating: a[0], count: n))
        }
        initializer("init()", on: "Dictionary", doc: "An empty dictionary.") { _ in .dictionary(OrderedDictionary()) }
        initializer("init(uniqueKeysWithValues pairs: Sequence)", on: "Dictionary", doc: "A dictionary from (key, value) pairs; duplicate keys are an error.") { a in
            var d = OrderedDictionary()
            for p in try a.sequence(0) {
                guard case .tuple(let t) = p, t.elements.count == 2 else { throw RuntimeError.type("expected (key, value) pairs") }
                if d[t.elements[0]] != nil { throw RuntimeError.value("duplicate key \(debugDescribe(t.elements[0]))") }
                d[t.elements[0]] = t.elements[1]
            }
            return .dictionary(d)
        }
        initializer("init(grouping values: Sequence, by keyForValue: (Element) -> Key)", on: "Dictionary", doc: "Groups elements by the key the closure gives.") { a in
            var d = OrderedDictionary()
            let f = try a.function(1)
            for v in try a.sequence(0) {
                let k = try f.call1(v)
                if case .array(var xs)? = d[k] { xs.append(v); d[k] = .array(xs) } else { d[k] = .array([v]) }
            }
            return .dictionary(d)
        }
        initializer("init()", on: "Set", doc: "An empty set.") { _ in .set(OrderedSet()) }
        initializer("init(_ elements: Sequence)", on: "Set", doc: "A set of a sequence's elements.") { a in .set(OrderedSet(try a.sequence(0))) }
    }

    // MARK: - Int, Double, Bool

    private func registerNumbers() {
        staticProperty("max: Int", on: "Int", doc: "The largest Int, 9223372036854775807.") { .int(.max) }
        staticProperty("min: Int", on: "Int", doc: "The smallest Int, -9223372036854775808.") { .int(.min) }
        staticProperty("pi: Double", on: "Double", doc: "π.") { .double(.pi) }
        staticProperty("infinity: Double", on: "Double", doc: "Positive infinity.") { .double(.infinity) }
        staticProperty("nan: Double", on: "Double", doc: "Not a number.") { .double(.nan) }
        staticProperty("greatestFiniteMagnitude: Double", on: "Double", doc: "The largest finite Double.") { .double(.greatestFiniteMagnitude) }
        staticProperty("ulpOfOne: Double", on: "Double", doc: "Machine epsilon.") { .double(.ulpOfOne) }
        staticProperty("pi: Float", on: "Float", doc: "π.") { .float(.pi) }
        method("isMultiple(of other: Int) -> Bool", on: "Int", doc: "Whether other divides the value.") { v, a in
            guard case .int(let x) = v else { return .bool(false) }
            return .bool(x.isMultiple(of: try a.int(0)))
        }
        method("quotientAndRemainder(dividingBy other: Int) -> (quotient: Int, remainder: Int)", on: "Int", doc: "Both results of integer division.") { v, a in
            guard case .int(let x) = v else { return .void }
            let d = try a.int(0)
            if d == 0 { throw RuntimeError("DivisionByZero", "division by zero: \(x) / 0") }
            if x == .min && d == -1 { throw RuntimeError.overflow("/", x, d) }
            let (q, r) = x.quotientAndRemainder(dividingBy: d)
            return .tuple(TupleValue([.int(q), .int(r)], labels: ["quotient", "remainder"]))
        }
        method("signum() -> Int", on: "Int", doc: "-1, 0 or 1.") { v, _ in if case .int(let x) = v { return .int(x.signum()) }; return v }
        property("magnitude: Int", on: "Int", doc: "The absolute value.") { v in
            if case .int(let x) = v { return x == .min ? .double(9.223372036854775808e18) : .int(Swift.abs(x)) }
            return v
        }
        property("description: String", on: "Int", doc: "The decimal text.") { v in .string(describe(v)) }
        property("description: String", on: "Double", doc: "The shortest text that reads back as the same Double.") { v in .string(describe(v)) }
        property("description: String", on: "Bool", doc: "\"true\" or \"false\".") { v in .string(describe(v)) }
        mutatingMethod("toggle()", on: "Bool", doc: "Flips the value.") { v, _ in
            if case .bool(let b) = v { v = .bool(!b) }
            return .void
        }
        for owner in ["Double", "Float"] {
            method("rounded() -> Double", on: owner, doc: "Nearest integral value, halves away from zero.") { v, _ in try mapFloat(v) { $0.rounded() } }
            method("squareRoot() -> Double", on: owner, doc: "Square root.") { v, _ in try mapFloat(v) { $0.squareRoot() } }
            method("truncatingRemainder(dividingBy other: Double) -> Double", on: owner, doc: "Remainder of truncating division (like C fmod).") { v, a in
                let d = try a.double(0)
                return try mapFloat(v) { $0.truncatingRemainder(dividingBy: d) }
            }
            property("isNaN: Bool", on: owner, doc: "Whether the value is NaN.") { v in .bool(toDouble(v)?.isNaN ?? false) }
            property("isInfinite: Bool", on: owner, doc: "Whether the value is ±infinity.") { v in .bool(toDouble(v)?.isInfinite ?? false) }
            property("isFinite: Bool", on: owner, doc: "Whether the value is finite.") { v in .bool(toDouble(v)?.isFinite ?? false) }
            property("magnitude: Double", on: owner, doc: "The absolute value.") { v in try mapFloat(v) { Swift.abs($0) } }
        }
    }

    // MARK: - Random numbers (always seeded)

    private func registerRandom() {
        type(SeededGenerator.self, name: "SeededGenerator", doc: "A seeded random number generator (SplitMix64): same seed, same numbers.")
        initializer("init(seed: Int)", on: "SeededGenerator", doc: "A generator starting from seed.") { a in
            a.wrap(SeededGenerator(seed: UInt64(bitPattern: Int64(try a.int(0)))))
        }
        method("next() -> UInt64", on: SeededGenerator.self, doc: "The next 64 random bits (as an Int).") { g, _ in .int(Int(bitPattern: UInt(g.next()))) }
        for owner in ["Int", "Double", "Bool"] {
            staticMethod("random(in range: Range, using generator: inout SeededGenerator)", on: owner,
                         doc: "A uniformly random value in range, drawn from the given seeded generator.") { a in
                guard let g = a[1].native(as: SeededGenerator.self) else { throw RuntimeError.type("using: expects a SeededGenerator") }
                return try randomValue(owner, a[0], g)
            }
            staticMethod("random(in range: Range)", on: owner,
                         doc: "A uniformly random value in range from the session generator (reset with %seed n; seed 0 at start).") { a in
                guard let g = a.bindings?.runtime?.rng else { return .none }
                return try randomValue(owner, a[0], g)
            }
        }
        staticMethod("random() -> Bool", on: "Bool", doc: "A random Bool from the session generator.") { a in
            guard let g = a.bindings?.runtime?.rng else { return .bool(false) }
            var gen = g
            return .bool(Bool.random(using: &gen))
        }
    }
}

// MARK: - Helpers

func randomValue(_ owner: String, _ range: Value, _ g: SeededGenerator) throws -> Value {
    var gen = g
    guard case .range(let r) = range else { throw RuntimeError.type("random(in:) needs a range, got \(typeName(range))") }
    switch owner {
    case "Int":
        guard let ir = r.intRange, !ir.isEmpty else { throw RuntimeError.value("random(in:) needs a non-empty Int range") }
        return .int(Int.random(in: ir, using: &gen))
    case "Double":
        guard let lo = toDouble(r.lower), let hi = toDouble(r.upper), lo <= hi else { throw RuntimeError.value("random(in:) needs a Double range") }
        if lo == hi { return .double(lo) }
        return .double(r.closed ? Double.random(in: lo...hi, using: &gen) : Double.random(in: lo..<hi, using: &gen))
    default:
        return .bool(Bool.random(using: &gen))
    }
}

func toDouble(_ v: Value) -> Double? {
    switch v {
    case .double(let d): return d
    case .int(let i): return Double(i)
    case .float(let f): return Double(f)
    default: return nil
    }
}

func mapFloat(_ v: Value, _ f: (Double) -> Double) throws -> Value {
    switch v {
    case .double(let d): return .double(f(d))
    case .float(let x): return .float(Float(f(Double(x))))
    default: throw RuntimeError.type("expected a Double, got \(typeName(v))")
    }
}

/// min/max over values of one comparable type.
func extreme(_ values: [Value], wantMax: Bool, name: String) throws -> Value {
    guard var best = values.first else { throw RuntimeError.argument("\(name) needs at least one value") }
    for v in values.dropFirst() {
        guard let c = try compareAllowingLibrary(v, best) else {
            throw RuntimeError.type("\(name) cannot compare '\(typeName(v))' with '\(typeName(best))'")
        }
        if wantMax ? c > 0 : c < 0 { best = v }
    }
    return best
}

func strideValues(_ a: Arguments, through: Bool) throws -> Value {
    if case .int(let s) = a[0], case .int(let e) = a[1], case .int(let st) = a[2] {
        if st == 0 { throw RuntimeError.value("stride step must not be zero") }
        let span = (Double(e) - Double(s)) / Double(st)
        if span > Double(maxMaterializedCount) { throw RuntimeError.value("stride would produce more than \(maxMaterializedCount) values") }
        // Stepped by hand so that a step past Int.max ends the sequence instead of trapping.
        var out: [Value] = []
        var x = s
        while st > 0 ? (through ? x <= e : x < e) : (through ? x >= e : x > e) {
            out.append(.int(x))
            let (n, o) = x.addingReportingOverflow(st)
            if o { break }
            x = n
        }
        return .array(out)
    }
    let s = try a.double(0), e = try a.double(1), st = try a.double(2)
    if st == 0 { throw RuntimeError.value("stride step must not be zero") }
    let n = Swift.abs((e - s) / st)
    if n > 1e8 { throw RuntimeError.value("stride would produce more than 10^8 values") }
    return .array(through ? Swift.stride(from: s, through: e, by: st).map { .double($0) } : Swift.stride(from: s, to: e, by: st).map { .double($0) })
}

/// The integer a `%d`, `%x` or `%o` conversion reads from `x`: without an `l` modifier, C reads
/// 32 bits (`String(format: "%d", 5_000_000_000)` is 705032704, `"%x"` of Int8(-1) is ffffffff);
/// with `l` or `ll`, all 64.
private func formatInteger(_ x: Int128, conv: Character, wide: Bool) -> Int {
    if wide { return Int(truncatingIfNeeded: x) }
    return conv == "d" || conv == "i" ? Int(Int32(truncatingIfNeeded: x)) : Int(UInt32(truncatingIfNeeded: x))
}

/// printf-style formatting with Swift's `String(format:)` conversions.
func formatString(_ format: String, _ args: [Value]) throws -> String {
    var out = ""
    var argIndex = 0
    var chars = Array(format)
    var i = 0
    func next() throws -> Value {
        guard argIndex < args.count else { throw RuntimeError.argument("String(format:) has more conversions than arguments") }
        argIndex += 1
        return args[argIndex - 1]
    }
    while i < chars.count {
        let c = chars[i]
        if c != "%" { out.append(c); i += 1; continue }
        var spec = "%"
        i += 1
        while i < chars.count, "0123456789.-+ #l".contains(chars[i]) { spec.append(chars[i]); i += 1 }
        guard i < chars.count else { out += spec; break }
        let conv = chars[i]
        i += 1
        let flags = spec.replacingOccurrences(of: "l", with: "")
        let convText = String(conv)
        if flags.split(whereSeparator: { !$0.isNumber }).contains(where: { (Int($0) ?? 10_000) > 1_000 }) {
            throw RuntimeError.value("format width or precision above 1000 in '\(spec)\(convText)'")
        }
        switch conv {
        case "%": out.append("%")
        case "d", "i", "x", "X", "o":
            let v = try next()
            let x: Int128
            switch v {
            case .int(let i): x = Int128(i)
            case .sized(let s): x = s.value
            default: throw RuntimeError.type("%\(conv) needs an integer, got \(typeName(v))")
            }
            out += String(format: flags + "ll" + String(conv), formatInteger(x, conv: conv, wide: spec.contains("l")))
        case "f", "F", "e", "E", "g", "G":
            let v = try next()
            guard let d = toDouble(v) else { throw RuntimeError.type("%\(conv) needs a Double, got \(typeName(v))") }
            out += String(format: flags + String(conv), d)
        case "s", "@":
            let v = try next()
            let text = describe(v)
            let width = Int(flags.dropFirst().replacingOccurrences(of: "-", with: "")) ?? 0
            let pad = String(repeating: " ", count: max(0, width - text.count))
            out += flags.contains("-") ? text + pad : pad + text
        case "c":
            out += describe(try next())
        default:
            throw RuntimeError.value("unsupported format conversion %\(conv)")
        }
    }
    chars = []
    return out
}
