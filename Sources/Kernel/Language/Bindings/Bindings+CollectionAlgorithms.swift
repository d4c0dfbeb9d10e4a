// MARK: - More sequence and collection members of the Swift standard library

extension Bindings {
    /// Overloads that take a closure where an overload of the same name takes a value
    /// (`firstIndex(where:)` beside `firstIndex(of:)`). They are registered first: a trailing
    /// closure (`xs.firstIndex { $0 > 2 }`) matches the first overload whose labels fit, and
    /// it must be the one whose parameter is a function.
    func registerClosureOverloads() {
        for owner in ["Array", "Range", "String"] {
            method("firstIndex(where predicate: (Element) -> Bool) -> Index?", on: owner,
                   doc: "The index of the first element satisfying predicate, or nil.") { v, a in
                let f = try a.function(0)
                if case .range(let r) = v {
                    let b = try halfOpenIntBounds(r, "firstIndex(where:)")
                    for i in b { try checkInterrupt(); if try isTrue(try f.call1(.int(i))) { return .some(.int(i)) } }
                    return .none
                }
                return try elements(of: v).firstIndex { try isTrue(try f.call1($0)) }.map { .some(.int($0)) } ?? .none
            }
            method("prefix(while predicate: (Element) -> Bool) -> SubSequence", on: owner,
                   doc: "The longest prefix whose elements all satisfy predicate.") { v, a in
                let f = try a.function(0)
                switch v {
                case .string(let s):
                    var n = 0
                    for c in s { guard try isTrue(try f.call1(.character(c))) else { break }; n += 1 }
                    return .string(String(s.prefix(n)))
                case .range(let r):
                    if case .int(let lo) = r.lower, case .void = r.upper {
                        // A PartialRangeFrom is a sequence: its prefix is an array.
                        var out: [Value] = []
                        var i = lo
                        while try isTrue(try f.call1(.int(i))) {
                            try checkInterrupt()
                            out.append(.int(i))
                            guard out.count <= maxMaterializedCount else {
                                throw RuntimeError.value("prefix(while:) would produce more than \(maxMaterializedCount) elements")
                            }
                            let (next, o) = i.addingReportingOverflow(1)
                            if o { throw RuntimeError("Overflow", "arithmetic overflow: incrementing \(i) past Int.max while iterating \(debugDescribe(v))") }
                            i = next
                        }
                        return .array(out)
                    }
                    let b = try halfOpenIntBounds(r, "prefix(while:)")
                    var end = b.lowerBound
                    while end < b.upperBound, try isTrue(try f.call1(.int(end))) { try checkInterrupt(); end += 1 }
                    return .range(RangeValue(lower: .int(b.lowerBound), upper: .int(end), closed: false))
                default:
                    let xs = try elements(of: v)
                    var n = 0
                    while n < xs.count, try isTrue(try f.call1(xs[n])) { n += 1 }
                    return .array(Array(xs[..<n]))
                }
            }
        }
        for owner in ["Array", "String"] {
            method("lastIndex(where predicate: (Element) -> Bool) -> Index?", on: owner,
                   doc: "The index of the last element satisfying predicate, or nil.") { v, a in
                let f = try a.function(0)
                return try elements(of: v).lastIndex { try isTrue(try f.call1($0)) }.map { .some(.int($0)) } ?? .none
            }
            method("split(maxSplits: Int = 9223372036854775807, omittingEmptySubsequences: Bool = true, whereSeparator isSeparator: (Element) -> Bool) -> [SubSequence]",
                   on: owner, doc: "The pieces between elements for which isSeparator is true.") { v, a in
                let maxSplits = try a.int(0), omitting = try a.bool(1), f = try a.function(2)
                guard maxSplits >= 0 else { throw RuntimeError("PreconditionFailed", "Must take zero or more splits") }
                if case .string(let s) = v {
                    return .array(try s.split(maxSplits: maxSplits, omittingEmptySubsequences: omitting) { try isTrue(try f.call1(.character($0))) }
                        .map { .string(String($0)) })
                }
                return .array(try elements(of: v).split(maxSplits: maxSplits, omittingEmptySubsequences: omitting) { try isTrue(try f.call1($0)) }
                    .map { .array(Array($0)) })
            }
        }
        mutatingMethod("removeAll(where shouldBeRemoved: (Element) -> Bool)", on: "Array", doc: "Removes the elements for which the predicate is true.") { v, a in
            let f = try a.function(0)
            try inPlaceArray(&v) { xs in try xs.removeAll { try isTrue(try f.call1($0)) } }
            return .void
        }
        mutatingMethod("removeAll(where shouldBeRemoved: (Character) -> Bool)", on: "String", doc: "Removes the characters for which the predicate is true.") { v, a in
            let f = try a.function(0)
            try inPlaceString(&v) { s in try s.removeAll { try isTrue(try f.call1(.character($0))) } }
            return .void
        }
    }

    /// Members registered after the basic collection surface.
    func registerCollectionAdditions() {
        for owner in ["Array", "Range", "Set", "String", "Dictionary"] {
            method("reduce(into initialResult: T, _ updateAccumulatingResult: (inout T, Element) -> Void) -> T", on: owner,
                   doc: "Combines the elements by updating an accumulator in place, starting from initialResult.") { v, a in
                let f = try a.function(1)
                var acc = a[0]
                for x in try elements(of: v) {
                    try checkInterrupt()
                    let (_, finals) = try f.callReturningParameters([acc, x])
                    guard finals.count == 2 else { throw RuntimeError.type("reduce(into:_:) needs a closure of two parameters") }
                    acc = finals[0]
                }
                return acc
            }
        }
        for owner in ["Array", "Range", "String"] {
            method("elementsEqual(_ other: Sequence) -> Bool", on: owner, doc: "Whether both sequences have equal elements in the same order.") { v, a in
                .bool(try elements(of: v).elementsEqual(try a.sequence(0)))
            }
            method("elementsEqual(_ other: Sequence, by areEquivalent: (Element, Element) -> Bool) -> Bool", on: owner,
                   doc: "Whether both sequences have equivalent elements in the same order.") { v, a in
                let f = try a.function(1)
                return .bool(try elements(of: v).elementsEqual(try a.sequence(0)) { try isTrue(try f.call2($0, $1)) })
            }
            method("starts(with possiblePrefix: Sequence) -> Bool", on: owner, doc: "Whether the sequence begins with the elements of possiblePrefix.") { v, a in
                .bool(try elements(of: v).starts(with: try a.sequence(0)))
            }
            method("starts(with possiblePrefix: Sequence, by areEquivalent: (Element, Element) -> Bool) -> Bool", on: owner,
                   doc: "Whether the sequence begins with elements equivalent to those of possiblePrefix.") { v, a in
                let f = try a.function(1)
                return .bool(try elements(of: v).starts(with: try a.sequence(0)) { try isTrue(try f.call2($0, $1)) })
            }
            method("drop(while predicate: (Element) -> Bool) -> SubSequence", on: owner,
                   doc: "The elements after the longest prefix satisfying predicate.") { v, a in
                let f = try a.function(0)
                switch v {
                case .string(let s):
                    var n = 0
                    for c in s { guard try isTrue(try f.call1(.character(c))) else { break }; n += 1 }
                    return .string(String(s.dropFirst(n)))
                case .range(let r):
                    let b = try halfOpenIntBounds(r, "drop(while:)")
                    var start = b.lowerBound
                    while start < b.upperBound, try isTrue(try f.call1(.int(start))) { try checkInterrupt(); start += 1 }
                    return .range(RangeValue(lower: .int(start), upper: .int(b.upperBound), closed: false))
                default:
                    let xs = try elements(of: v)
                    var n = 0
                    while n < xs.count, try isTrue(try f.call1(xs[n])) { n += 1 }
                    return .array(Array(xs[n...]))
                }
            }
            method("last(where predicate: (Element) -> Bool) -> Element?", on: owner, doc: "The last element satisfying predicate, or nil.") { v, a in
                let f = try a.function(0)
                if case .range(let r) = v, let b = r.intRange {
                    var i = b.upperBound
                    while i > b.lowerBound {
                        i -= 1
                        try checkInterrupt()
                        if try isTrue(try f.call1(.int(i))) { return .some(.int(i)) }
                    }
                    return .none
                }
                for x in try elements(of: v).reversed() where try isTrue(try f.call1(x)) { return .some(x) }
                return .none
            }
        }

        // Array
        mutatingMethod("removeAll(keepingCapacity keepCapacity: Bool = false)", on: "Array", doc: "Removes every element.") { v, _ in
            try inPlaceArray(&v) { $0.removeAll() }
            return .void
        }
        mutatingMethod("insert(contentsOf newElements: Sequence, at i: Int)", on: "Array", doc: "Inserts the elements of a sequence at position i.") { v, a in
            let more = try a.sequence(0), i = try a.int(1)
            try inPlaceArray(&v) { xs in
                guard i >= 0 else { throw RuntimeError.index("Array replace: subrange start is negative") }
                guard i <= xs.count else { throw RuntimeError.index("Array replace: subrange extends past the end") }
                xs.insert(contentsOf: more, at: i)
            }
            return .void
        }
        mutatingMethod("removeFirst(_ k: Int)", on: "Array", doc: "Removes the first k elements.") { v, a in
            let k = try a.int(0)
            try inPlaceArray(&v) { xs in
                if k == 0 { return }
                guard k >= 0 else { throw RuntimeError.index("Number of elements to remove should be non-negative") }
                guard xs.count >= k else { throw RuntimeError.index("Can't remove more items from a collection than it has") }
                xs.removeFirst(k)
            }
            return .void
        }
        mutatingMethod("removeLast(_ k: Int)", on: "Array", doc: "Removes the last k elements.") { v, a in
            let k = try a.int(0)
            try inPlaceArray(&v) { xs in
                if k == 0 { return }
                guard k >= 0 else { throw RuntimeError.index("Number of elements to remove should be non-negative") }
                guard xs.count >= k else { throw RuntimeError.index("Can't remove more items from a collection than it contains") }
                xs.removeLast(k)
            }
            return .void
        }
        mutatingMethod("replaceSubrange(_ subrange: Range<Int>, with newElements: Sequence)", on: "Array",
                       doc: "Replaces the elements in subrange by those of newElements (the counts may differ).") { v, a in
            let more = try a.sequence(1)
            try inPlaceArray(&v) { xs in
                let r = try arraySubrange(a[0], count: xs.count)
                xs.replaceSubrange(r, with: more)
            }
            return .void
        }
        mutatingMethod("removeSubrange(_ bounds: Range<Int>)", on: "Array", doc: "Removes the elements in the range.") { v, a in
            try inPlaceArray(&v) { xs in
                let r = try arraySubrange(a[0], count: xs.count)
                xs.removeSubrange(r)
            }
            return .void
        }
        mutatingMethod("reserveCapacity(_ minimumCapacity: Int)", on: "Array", doc: "Reserves storage for at least minimumCapacity elements (no visible effect).") { v, a in
            let n = try a.int(0)
            guard n >= 0 else { throw RuntimeError.unsupported("reserveCapacity(_:) with a negative capacity") }
            guard case .array = v else { throw RuntimeError.type("expected an Array, got \(typeName(v))") }
            return .void
        }
        method("index(after i: Int) -> Int", on: "Array", doc: "i + 1.") { _, a in
            let (r, o) = try a.int(0).addingReportingOverflow(1)
            if o { throw RuntimeError.overflow("+", try a.int(0), 1) }
            return .int(r)
        }
        method("index(before i: Int) -> Int", on: "Array", doc: "i - 1.") { _, a in
            let (r, o) = try a.int(0).subtractingReportingOverflow(1)
            if o { throw RuntimeError.overflow("-", try a.int(0), 1) }
            return .int(r)
        }
        method("index(_ i: Int, offsetBy distance: Int) -> Int", on: "Array", doc: "i + distance.") { _, a in
            let i = try a.int(0), n = try a.int(1)
            let (r, o) = i.addingReportingOverflow(n)
            if o { throw RuntimeError.overflow("+", i, n) }
            return .int(r)
        }
        method("index(_ i: Int, offsetBy distance: Int, limitedBy limit: Int) -> Int?", on: "Array",
               doc: "i + distance, or nil when limit lies between i and the result.") { _, a in
            let i = try a.int(0), n = try a.int(1), limit = try a.int(2)
            let (l, o1) = limit.subtractingReportingOverflow(i)
            if o1 { throw RuntimeError.overflow("-", limit, i) }
            if n > 0 ? l >= 0 && l < n : l <= 0 && n < l { return .none }
            let (r, o2) = i.addingReportingOverflow(n)
            if o2 { throw RuntimeError.overflow("+", i, n) }
            return .some(.int(r))
        }
        method("distance(from start: Int, to end: Int) -> Int", on: "Array", doc: "end - start.") { _, a in
            let i = try a.int(0), j = try a.int(1)
            let (r, o) = j.subtractingReportingOverflow(i)
            if o { throw RuntimeError.overflow("-", j, i) }
            return .int(r)
        }

        // Dictionary
        mutatingMethod("removeAll(keepingCapacity keepCapacity: Bool = false)", on: "Dictionary", doc: "Removes every entry.") { v, _ in
            guard case .dictionary = v else { throw RuntimeError.type("expected a Dictionary, got \(typeName(v))") }
            v = .dictionary(OrderedDictionary())
            return .void
        }
        method("merging(_ other: Sequence, uniquingKeysWith combine: (Value, Value) -> Value) -> [Key: Value]", on: "Dictionary",
               doc: "A copy with other's entries added (a dictionary or (key, value) pairs); combine picks the value of a shared key.") { v, a in
            guard case .dictionary(var d) = v else { throw RuntimeError.type("expected a Dictionary, got \(typeName(v))") }
            try mergeEntries(into: &d, a[0], try a.function(1))
            return .dictionary(d)
        }
        method("compactMapValues(_ transform: (Value) -> T?) -> [Key: T]", on: "Dictionary",
               doc: "The same keys with the non-nil results of transform on their values.") { v, a in
            guard case .dictionary(let d) = v else { throw RuntimeError.type("expected a Dictionary, got \(typeName(v))") }
            let f = try a.function(0)
            var out = OrderedDictionary()
            for (k, x) in zip(d.keys, d.values) {
                switch try f.call1(x) {
                case .none: continue
                case .some(let y): out[k] = y
                case let y: out[k] = y
                }
            }
            return .dictionary(out)
        }
        initializer("init(_ keysAndValues: Sequence, uniquingKeysWith combine: (Value, Value) -> Value)", on: "Dictionary",
                    doc: "A dictionary from (key, value) pairs; combine picks the value of a repeated key.") { a in
            var d = OrderedDictionary()
            try mergeEntries(into: &d, a[0], try a.function(1))
            return .dictionary(d)
        }

        // Set
        method("isDisjoint(with other: Sequence) -> Bool", on: "Set", doc: "Whether the set and other have no element in common.") { v, a in
            let s = try setValue(v)
            return .bool(!(try a.sequence(0)).contains { s.contains($0) })
        }
        method("isStrictSubset(of other: Sequence) -> Bool", on: "Set", doc: "Whether every element is in other, and other has more.") { v, a in
            let s = try setValue(v), o = OrderedSet(try a.sequence(0))
            return .bool(s.elements.allSatisfy { o.contains($0) } && o.count > s.count)
        }
        method("isStrictSuperset(of other: Sequence) -> Bool", on: "Set", doc: "Whether every element of other is in the set, and the set has more.") { v, a in
            let s = try setValue(v), o = OrderedSet(try a.sequence(0))
            return .bool(o.elements.allSatisfy { s.contains($0) } && s.count > o.count)
        }
        mutatingMethod("formUnion(_ other: Sequence)", on: "Set", doc: "Adds the elements of other.") { v, a in
            let o = try a.sequence(0)
            try inPlaceSet(&v) { s in for x in o { s.insert(x) } }
            return .void
        }
        mutatingMethod("formIntersection(_ other: Sequence)", on: "Set", doc: "Keeps only the elements also in other.") { v, a in
            let o = OrderedSet(try a.sequence(0))
            try inPlaceSet(&v) { s in s = OrderedSet(s.elements.filter { o.contains($0) }) }
            return .void
        }
        mutatingMethod("subtract(_ other: Sequence)", on: "Set", doc: "Removes the elements of other.") { v, a in
            let o = try a.sequence(0)
            try inPlaceSet(&v) { s in for x in o { _ = s.remove(x) } }
            return .void
        }
        mutatingMethod("formSymmetricDifference(_ other: Sequence)", on: "Set", doc: "Keeps the elements in exactly one of the set and other.") { v, a in
            let o = OrderedSet(try a.sequence(0))
            try inPlaceSet(&v) { s in
                let old = s
                s = OrderedSet(old.elements.filter { !o.contains($0) } + o.elements.filter { !old.contains($0) })
            }
            return .void
        }
        mutatingMethod("removeAll(keepingCapacity keepCapacity: Bool = false)", on: "Set", doc: "Removes every element.") { v, _ in
            guard case .set = v else { throw RuntimeError.type("expected a Set, got \(typeName(v))") }
            v = .set(OrderedSet())
            return .void
        }

        // Range
        method("clamped(to limits: Range) -> Range", on: "Range", doc: "The range limited to the bounds of limits (both of the same kind).") { v, a in
            guard case .range(let r) = v, case .range(let m) = a[0] else { throw RuntimeError.type("clamped(to:) needs a range, got \(typeName(a[0]))") }
            guard !r.isPartial, !m.isPartial, r.closed == m.closed else {
                throw RuntimeError.type("clamped(to:) needs a range of the same kind: '\(typeName(v))' and '\(typeName(a[0]))'")
            }
            func less(_ x: Value, _ y: Value) throws -> Bool {
                guard let c = try compareValues(x, y) else { throw RuntimeError.type("cannot compare '\(typeName(x))' with '\(typeName(y))'") }
                return c < 0
            }
            let lower = try less(r.lower, m.lower) ? m.lower : (try less(m.upper, r.lower) ? m.upper : r.lower)
            let upper = try less(m.upper, r.upper) ? m.upper : (try less(r.upper, m.lower) ? m.lower : r.upper)
            return .range(RangeValue(lower: lower, upper: upper, closed: r.closed))
        }
    }
}

// MARK: - Helpers

/// Runs `body` on the array inside `v`, keeping its storage uniquely referenced; `v` holds the result even when `body` throws.
func inPlaceArray<R>(_ v: inout Value, _ body: (inout [Value]) throws -> R) throws -> R {
    guard case .array(var xs) = v else { throw RuntimeError.type("expected an Array, got \(typeName(v))") }
    v = .void
    defer { v = .array(xs) }
    return try body(&xs)
}

/// Runs `body` on the string inside `v` (see ``inPlaceArray(_:_:)``).
func inPlaceString<R>(_ v: inout Value, _ body: (inout String) throws -> R) throws -> R {
    guard case .string(var s) = v else { throw RuntimeError.type("expected a String, got \(typeName(v))") }
    v = .void
    defer { v = .string(s) }
    return try body(&s)
}

/// Runs `body` on the set inside `v` (see ``inPlaceArray(_:_:)``).
func inPlaceSet<R>(_ v: inout Value, _ body: (inout OrderedSet) throws -> R) throws -> R {
    guard case .set(var s) = v else { throw RuntimeError.type("expected a Set, got \(typeName(v))") }
    v = .void
    defer { v = .set(s) }
    return try body(&s)
}

func setValue(_ v: Value) throws -> OrderedSet {
    if case .set(let s) = v { return s }
    throw RuntimeError.type("expected a Set, got \(typeName(v))")
}

/// The integers of a half-open `Range<Int>`; other ranges are refused (a `ClosedRange`'s
/// subsequences and indices are types of their own that the cell language does not model).
func halfOpenIntBounds(_ r: RangeValue, _ member: String) throws -> Range<Int> {
    guard !r.closed, case .int(let lo) = r.lower, case .int(let hi) = r.upper else {
        throw RuntimeError.unsupported("\(member) on a \(typeName(.range(r)))")
    }
    guard lo <= hi else { throw RuntimeError.value("Range requires lowerBound <= upperBound") }
    return lo..<hi
}

/// A range argument as positions in an array of `count` elements, with Swift's traps.
func arraySubrange(_ v: Value, count: Int) throws -> Range<Int> {
    let b = try intSubrange(v, count: count)
    guard b.lowerBound >= 0 else { throw RuntimeError.index("Array replace: subrange start is negative") }
    guard b.upperBound <= count else { throw RuntimeError.index("Array replace: subrange extends past the end") }
    return b
}

/// `a..<b`, `a...b`, `a...`, `..<b` or `...b` as a half-open range of positions in a collection of `count` elements.
func intSubrange(_ v: Value, count: Int) throws -> Range<Int> {
    guard case .range(let given) = v else { throw RuntimeError.type("expected a range of Int, got \(typeName(v))") }
    let r = given.resolved(count: count)
    guard case .int(let lo) = r.lower, case .int(var hi) = r.upper else {
        throw RuntimeError.type("expected a range of Int, got \(typeName(v))")
    }
    if r.closed {
        let (n, o) = hi.addingReportingOverflow(1)
        if o { throw RuntimeError.overflow("+", hi, 1) }
        hi = n
    }
    guard lo <= hi else { throw RuntimeError.value("Range requires lowerBound <= upperBound") }
    return lo..<hi
}

/// Adds the entries of `other` (a dictionary or a sequence of (key, value) pairs) to `d`; `combine` resolves shared keys.
func mergeEntries(into d: inout OrderedDictionary, _ other: Value, _ combine: Function) throws {
    let pairs: [(Value, Value)]
    if case .dictionary(let o) = other {
        pairs = Array(zip(o.keys, o.values))
    } else {
        pairs = try elements(of: other).map { p in
            guard case .tuple(let t) = p, t.elements.count == 2 else { throw RuntimeError.type("expected (key, value) pairs, found \(typeName(p))") }
            return (t.elements[0], t.elements[1])
        }
    }
    for (k, x) in pairs {
        try checkInterrupt()
        if let old = d[k] { d[k] = try combine.call2(old, x) } else { d[k] = x }
    }
}
