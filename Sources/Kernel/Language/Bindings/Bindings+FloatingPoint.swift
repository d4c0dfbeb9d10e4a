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
}
