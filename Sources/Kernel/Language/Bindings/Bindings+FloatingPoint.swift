// MARK: - Rounding rules and signs of floating-point numbers

extension Bindings {
    /// `FloatingPointRoundingRule` (`x.rounded(.down)`) and `FloatingPointSign` (`x.sign == .minus`).
    func registerFloatingPointEnums() {
        let rules: [(String, FloatingPointRoundingRule)] = [
            ("toNearestOrAwayFromZero", .toNearestOrAwayFromZero), ("toNearestOrEven", .toNearestOrEven),
            ("up", .up), ("down", .down), ("towardZero", .towardZero), ("awayFromZero", .awayFromZero),
        ]
        let ruleType = type(FloatingPointRoundingRule.self, name: "FloatingPointRoundingRule",
                            doc: "How rounded(_:) rounds: .toNearestOrAwayFromZero, .toNearestOrEven, .up, .down, .towardZero, .awayFromZero.")
        ruleType.describe = { object in rules.first { $0.1 == object as? FloatingPointRoundingRule }?.0 ?? "\(object)" }
        ruleType.equals = { a, b in (a as? FloatingPointRoundingRule) == (b as? FloatingPointRoundingRule) }
        for (name, rule) in rules {
            staticProperty("\(name): FloatingPointRoundingRule", on: "FloatingPointRoundingRule", doc: "Rounding rule \(name).") { [unowned self] in
                self.wrap(rule)
            }
        }
        let signType = type(FloatingPointSign.self, name: "FloatingPointSign", doc: "The sign of a floating-point number: .plus or .minus.")
        signType.describe = { object in (object as? FloatingPointSign) == .minus ? "minus" : "plus" }
        signType.equals = { a, b in (a as? FloatingPointSign) == (b as? FloatingPointSign) }
        staticProperty("plus: FloatingPointSign", on: "FloatingPointSign", doc: "Positive (or +0).") { [unowned self] in self.wrap(FloatingPointSign.plus) }
        staticProperty("minus: FloatingPointSign", on: "FloatingPointSign", doc: "Negative (or -0).") { [unowned self] in self.wrap(FloatingPointSign.minus) }

        for owner in ["Double", "Float"] {
            mutatingMethod("round()", on: owner, doc: "Rounds in place to the nearest integral value, halves away from zero.") { v, _ in
                v = try mapFloat(v) { $0.rounded() }
                return .void
            }
            mutatingMethod("round(_ rule: FloatingPointRoundingRule)", on: owner, doc: "Rounds in place by the rule.") { v, a in
                guard let rule = a[0].native(as: FloatingPointRoundingRule.self) else {
                    throw RuntimeError.type("round(_:) takes a FloatingPointRoundingRule such as .down, got \(typeName(a[0]))")
                }
                v = try mapFloat(v) { $0.rounded(rule) }
                return .void
            }
            method("remainder(dividingBy other: Double) -> Double", on: owner, doc: "IEEE remainder: x - n·other with n the nearest integer to x/other.") { v, a in
                let d = try a.double(0)
                return try mapFloat(v) { $0.remainder(dividingBy: d) }
            }
            staticMethod("maximum(_ x: Double, _ y: Double) -> Double", on: owner, doc: "The larger of two values (NaN if either is NaN).") { a in
                owner == "Float" ? .float(Float.maximum(Float(try a.double(0)), Float(try a.double(1)))) : .double(Double.maximum(try a.double(0), try a.double(1)))
            }
            staticMethod("minimum(_ x: Double, _ y: Double) -> Double", on: owner, doc: "The smaller of two values (NaN if either is NaN).") { a in
                owner == "Float" ? .float(Float.minimum(Float(try a.double(0)), Float(try a.double(1)))) : .double(Double.minimum(try a.double(0), try a.double(1)))
            }
            staticProperty("signalingNaN: \(owner)", on: owner, doc: "A signaling NaN.") { owner == "Float" ? .float(.signalingNaN) : .double(.signalingNaN) }
            method("rounded(_ rule: FloatingPointRoundingRule) -> Self", on: owner, doc: "The integral value chosen by the rule.") { v, a in
                guard let rule = a[0].native(as: FloatingPointRoundingRule.self) else {
                    throw RuntimeError.type("rounded(_:) takes a FloatingPointRoundingRule such as .down, got \(typeName(a[0]))")
                }
                switch v {
                case .double(let d): return .double(d.rounded(rule))
                case .float(let f): return .float(f.rounded(rule))
                default: throw RuntimeError.type("rounded(_:) needs a floating-point number")
                }
            }
            property("sign: FloatingPointSign", on: owner, doc: "The sign: .minus for negative numbers and -0.0, .plus otherwise.") { [unowned self] v in
                switch v {
                case .double(let d): return self.wrap(d.sign)
                case .float(let f): return self.wrap(f.sign)
                default: throw RuntimeError.type("sign needs a floating-point number")
                }
            }
        }
    }

    /// The remaining limits of Double and Float (`leastNormalMagnitude`, `Float.infinity`, …).
    func registerFloatingPointLimits() {
        staticProperty("leastNormalMagnitude: Double", on: "Double", doc: "The smallest positive normal Double, 2.2250738585072014e-308.") { .double(.leastNormalMagnitude) }
        staticProperty("leastNonzeroMagnitude: Double", on: "Double", doc: "The smallest positive Double, 5e-324.") { .double(.leastNonzeroMagnitude) }
        staticProperty("greatestFiniteMagnitude: Float", on: "Float", doc: "The largest finite Float, 3.4028235e+38.") { .float(.greatestFiniteMagnitude) }
        staticProperty("leastNormalMagnitude: Float", on: "Float", doc: "The smallest positive normal Float, 1.1754944e-38.") { .float(.leastNormalMagnitude) }
        staticProperty("leastNonzeroMagnitude: Float", on: "Float", doc: "The smallest positive Float, 1e-45.") { .float(.leastNonzeroMagnitude) }
        staticProperty("infinity: Float", on: "Float", doc: "Positive infinity.") { .float(.infinity) }
        staticProperty("nan: Float", on: "Float", doc: "Not a number.") { .float(.nan) }
        staticProperty("ulpOfOne: Float", on: "Float", doc: "Machine epsilon, 1.1920929e-07.") { .float(.ulpOfOne) }
    }
}
