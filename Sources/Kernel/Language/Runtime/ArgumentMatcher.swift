/// Matches a call's argument labels against a signature, as Swift does:
/// labels must appear in order, defaulted parameters may be skipped, trailing
/// closures fill closure parameters, a variadic parameter takes the following
/// unlabelled arguments.
struct ArgumentMatcher {
    /// What the matcher needs to know about one parameter.
    struct Shape {
        var label: String?
        var hasDefault: Bool
        var isVariadic: Bool
        var isClosure: Bool
    }

    /// Where each parameter's value comes from.
    enum Source { case argument(Int), defaultValue, variadic([Int]) }

    /// Matches `labels` (one per argument; arguments at and after `trailingStart` are trailing closures).
    static func match(_ params: [Shape], labels: [String?], trailingStart: Int) -> [Source]? {
        var result: [Source] = []
        result.reserveCapacity(params.count)
        var j = 0
        let n = labels.count
        for p in params {
            if j < n {
                let trailing = j >= trailingStart
                if p.isVariadic {
                    if labels[j] == p.label || (trailing && p.isClosure) {
                        var taken = [j]; j += 1
                        while j < n && j < trailingStart && labels[j] == nil { taken.append(j); j += 1 }
                        result.append(.variadic(taken))
                    } else {
                        result.append(.variadic([]))
                    }
                    continue
                }
                if trailing {
                    if p.isClosure || !p.hasDefault { result.append(.argument(j)); j += 1 } else { result.append(.defaultValue) }
                    continue
                }
                if labels[j] == p.label { result.append(.argument(j)); j += 1; continue }
                if p.hasDefault { result.append(.defaultValue); continue }
                return nil
            } else {
                if p.hasDefault { result.append(.defaultValue) } else if p.isVariadic { result.append(.variadic([])) } else { return nil }
            }
        }
        return j == n ? result : nil
    }

    /// Swift's spelling of a label list, e.g. `(_:at:)`.
    static func spell(_ labels: [String?]) -> String {
        "(" + labels.map { ($0 ?? "_") + ":" }.joined() + ")"
    }
}
