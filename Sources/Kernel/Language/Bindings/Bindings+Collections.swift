// MARK: - Sequences, arrays, dictionaries and sets

extension Bindings {
    /// Methods every sequence has (arrays, ranges, sets, strings, dictionaries).
    func registerSequences() {
        registerClosureOverloads()
        for owner in ["Array", "Range", "Set", "String", "Dictionary"] {
            property("count: Int", on: owner, doc: "The number of elements (characters for strings).") { v in .int(try count(of: v)) }
            property("isEmpty: Bool", on: owner, doc: "Whether there are no elements.") { v in .bool(try count(of: v) == 0) }
            method("map(_ transform: (Element) -> T) -> [T]", on: owner, doc: "The results of calling transform on each element.") { v, a in
                let f = try a.function(0)
                var out: [Value] = []
                let xs = try elements(of: v)
                out.reserveCapacity(xs.count)
                for x in xs { try checkInterrupt(); out.append(try f.call1(x)) }
                return .array(out)
            }
            method("compactMap(_ transform: (Element) -> T?) -> [T]", on: owner, doc: "The non-nil results of transform.") { v, a in
                let f = try a.function(0)
                return .array(try elements(of: v).compactMap { x -> Value? in
                    switch try f.call1(x) { case .none: return nil; case .some(let y): return y; case let y: return y }
                })
            }
            method("flatMap(_ transform: (Element) -> [T]) -> [T]", on: owner, doc: "The concatenated results of transform.") { v, a in
                let f = try a.function(0)
                return .array(try elements(of: v).flatMap { try elements(of: try f.call1($0)) })
            }
            method("forEach(_ body: (Element) -> Void)", on: owner, doc: "Calls body on each element in order.") { v, a in
                let f = try a.function(0)
                for x in try elements(of: v) { try checkInterrupt(); _ = try f.call1(x) }
                return .void
            }
            method("reduce(_ initialResult: T, _ nextPartialResult: (T, Element) -> T) -> T", on: owner,
                   doc: "Combines the elements, starting from initialResult.") { v, a in
                let f = try a.function(1)
                var acc = a[0]
                for x in try elements(of: v) { try checkInterrupt(); acc = keepingTupleLabels(of: acc, try f.call2(acc, x)) }
                return acc
            }
            method("contains(where predicate: (Element) -> Bool) -> Bool", on: owner, doc: "Whether some element satisfies predicate.") { v, a in
                let f = try a.function(0)
                for x in try elements(of: v) where try isTrue(try f.call1(x)) { return .bool(true) }
                return .bool(false)
            }
            method("allSatisfy(_ predicate: (Element) -> Bool) -> Bool", on: owner, doc: "Whether every element satisfies predicate.") { v, a in
                let f = try a.function(0)
                for x in try elements(of: v) where !(try isTrue(try f.call1(x))) { return .bool(false) }
                return .bool(true)
            }
            method("first(where predicate: (Element) -> Bool) -> Element?", on: owner, doc: "The first element satisfying predicate, or nil.") { v, a in
                let f = try a.function(0)
                if case .range(let r) = v, case .int(let lo) = r.lower, case .void = r.upper {
                    // A PartialRangeFrom (`1...`): counted up until the predicate holds.
                    var i = lo
                    while true {
                        try checkInterrupt()
                        if try isTrue(try f.call1(.int(i))) { return .some(.int(i)) }
                        let (next, o) = i.addingReportingOverflow(1)
                        if o { throw RuntimeError("Overflow", "arithmetic overflow: incrementing \(i) past Int.max while iterating \(debugDescribe(v))") }
                        i = next
                    }
                }
                for x in try elements(of: v) where try isTrue(try f.call1(x)) { return .some(x) }
                return .none
            }
            method("sorted() -> [Element]", on: owner, doc: "The elements in ascending order.") { v, _ in .array(try sortValues(try elements(of: v))) }
            method("sorted(by areInIncreasingOrder: (Element, Element) -> Bool) -> [Element]", on: owner,
                   doc: "The elements ordered by the predicate.") { v, a in
                .array(try sortValues(try elements(of: v), by: try a.function(0)))
            }
            method("min() -> Element?", on: owner, doc: "The smallest element, or nil when empty.") { v, _ in
                let xs = try elements(of: v)
                return xs.isEmpty ? .none : .some(try extreme(xs, wantMax: false, name: "min"))
            }
            method("max() -> Element?", on: owner, doc: "The largest element, or nil when empty.") { v, _ in
                let xs = try elements(of: v)
                return xs.isEmpty ? .none : .some(try extreme(xs, wantMax: true, name: "max"))
            }
            method("min(by areInIncreasingOrder: (Element, Element) -> Bool) -> Element?", on: owner, doc: "The smallest element by the predicate.") { v, a in
                let f = try a.function(0)
                return try elements(of: v).min { try isTrue(try f.call2($0, $1)) }.map { .some($0) } ?? .none
            }
            method("max(by areInIncreasingOrder: (Element, Element) -> Bool) -> Element?", on: owner, doc: "The largest element by the predicate.") { v, a in
                let f = try a.function(0)
                return try elements(of: v).max { try isTrue(try f.call2($0, $1)) }.map { .some($0) } ?? .none
            }
            method("enumerated() -> [(offset: Int, element: Element)]", on: owner, doc: "Pairs (offset, element), counting from zero.") { v, _ in
                .array(try elements(of: v).enumerated().map { .tuple(TupleValue([.int($0.offset), $0.element], labels: ["offset", "element"])) })
            }
            method("reversed() -> [Element]", on: owner, doc: "The elements in reverse order.") { v, _ in .array(try elements(of: v).reversed()) }
            method("prefix(_ maxLength: Int) -> [Element]", on: owner, doc: "The first maxLength elements.") { v, a in
                let n = try a.int(0)
                guard n >= 0 else { throw RuntimeError.value("prefix length must not be negative") }
                if case .string(let s) = v { return .string(String(s.prefix(n))) }
                return .array(Array(try elements(of: v).prefix(n)))
            }
            method("suffix(_ maxLength: Int) -> [Element]", on: owner, doc: "The last maxLength elements.") { v, a in
                let n = try a.int(0)
                guard n >= 0 else { throw RuntimeError.value("suffix length must not be negative") }
                if case .string(let s) = v { return .string(String(s.suffix(n))) }
                return .array(Array(try elements(of: v).suffix(n)))
            }
            method("dropFirst(_ k: Int = 1) -> [Element]", on: owner, doc: "All but the first k elements.") { v, a in
                let n = try a.int(0)
                guard n >= 0 else { throw RuntimeError.value("count must not be negative") }
                if case .string(let s) = v { return .string(String(s.dropFirst(n))) }
                return .array(Array(try elements(of: v).dropFirst(n)))
            }
            method("dropLast(_ k: Int = 1) -> [Element]", on: owner, doc: "All but the last k elements.") { v, a in
                let n = try a.int(0)
                guard n >= 0 else { throw RuntimeError.value("count must not be negative") }
                if case .string(let s) = v { return .string(String(s.dropLast(n))) }
                return .array(Array(try elements(of: v).dropLast(n)))
            }
            method("shuffled(using generator: inout SeededGenerator) -> [Element]", on: owner, doc: "The elements in a random order drawn from the generator.") { v, a in
                guard var g = a[0].native(as: SeededGenerator.self) else { throw RuntimeError.type("using: expects a SeededGenerator") }
                return .array(try elements(of: v).shuffled(using: &g))
            }
            method("randomElement(using generator: inout SeededGenerator) -> Element?", on: owner, doc: "A random element, or nil when empty.") { v, a in
                guard var g = a[0].native(as: SeededGenerator.self) else { throw RuntimeError.type("using: expects a SeededGenerator") }
                return try elements(of: v).randomElement(using: &g).map { .some($0) } ?? .none
            }
            method("filter(_ isIncluded: (Element) -> Bool) -> [Element]", on: owner, doc: "The elements for which isIncluded is true.") { v, a in
                let f = try a.function(0)
                switch v {
                case .string(let s):
                    return .string(String(try s.filter { try isTrue(try f.call1(.character($0))) }))
                case .dictionary(let d):
                    var out = OrderedDictionary()
                    for (k, x) in zip(d.keys, d.values) where try isTrue(try f.call1(.tuple(TupleValue([k, x], labels: ["key", "value"])))) { out[k] = x }
                    return .dictionary(out)
                case .set(let s):
                    return .set(OrderedSet(try s.elements.filter { try isTrue(try f.call1($0)) }))
                default:
                    return .array(try elements(of: v).filter { try isTrue(try f.call1($0)) })
                }
            }
        }
        for owner in ["Dictionary", "Set"] {
            property("first: Element?", on: owner, doc: "Some element ((key:, value:) for a dictionary), or nil when empty.") { v in
                try elements(of: v).first.map { .some($0) } ?? .none
            }
        }
        for owner in ["Array", "Range", "String"] {
            property("first: Element?", on: owner, doc: "The first element, or nil when empty.") { v in
                if case .string(let s) = v { return s.first.map { .some(.character($0)) } ?? .none }
                return try elements(of: v).first.map { .some($0) } ?? .none
            }
            property("last: Element?", on: owner, doc: "The last element, or nil when empty.") { v in
                if case .string(let s) = v { return s.last.map { .some(.character($0)) } ?? .none }
                return try elements(of: v).last.map { .some($0) } ?? .none
            }
            method("firstIndex(of element: Element) -> Int?", on: owner, doc: "The index of the first element equal to element.") { v, a in
                if case .range(let r) = v {
                    // A Range<Int>'s indices are its elements.
                    let b = try halfOpenIntBounds(r, "firstIndex(of:)")
                    if case .int(let x) = a[0], b.contains(x) { return .some(.int(x)) }
                    return .none
                }
                let xs = try elements(of: v)
                return xs.firstIndex(of: asElement(a[0], of: xs)).map { .some(.int($0)) } ?? .none
            }
            method("lastIndex(of element: Element) -> Int?", on: owner, doc: "The index of the last element equal to element.") { v, a in
                if case .range(let r) = v {
                    let b = try halfOpenIntBounds(r, "lastIndex(of:)")
                    if case .int(let x) = a[0], b.contains(x) { return .some(.int(x)) }
                    return .none
                }
                let xs = try elements(of: v)
                return xs.lastIndex(of: asElement(a[0], of: xs)).map { .some(.int($0)) } ?? .none
            }
            property("indices: Range<Int>", on: owner, doc: "The valid indices, 0..<count (a Range<Int>'s indices are the range itself).") { v in
                if case .range(let r) = v {
                    let b = try halfOpenIntBounds(r, "indices")
                    return .range(RangeValue(lower: .int(b.lowerBound), upper: .int(b.upperBound), closed: false))
                }
                return .range(RangeValue(lower: .int(0), upper: .int(try count(of: v)), closed: false))
            }
        }
        for owner in ["Array", "Range", "Set"] {
            method("contains(_ element: Element) -> Bool", on: owner, doc: "Whether the sequence contains element.") { v, a in
                switch v {
                case .set(let s): return .bool(s.contains(asElement(a[0], of: Array(s.elements.prefix(1)))))
                case .range(let r): return .bool(try patternMatches(.range(r), a[0]))
                default:
                    let xs = try elements(of: v)
                    return .bool(xs.contains(asElement(a[0], of: xs)))
                }
            }
        }
        property("lowerBound: Bound", on: "Range", doc: "The start of the range.") { v in if case .range(let r) = v { return r.lower }; return .void }
        property("upperBound: Bound", on: "Range", doc: "The end of the range.") { v in if case .range(let r) = v { return r.upper }; return .void }
    }

    /// Arrays, dictionaries and sets.
    func registerCollections() {
        // Array
        mutatingMethod("append(_ newElement: Element)", on: "Array", doc: "Adds an element at the end.") { v, a in
            guard case .array(var xs) = v else { return .void }
            v = .void; xs.append(a[0]); v = .array(xs)
            return .void
        }
        mutatingMethod("append(contentsOf newElements: Sequence)", on: "Array", doc: "Adds the elements of a sequence at the end.") { v, a in
            guard case .array(var xs) = v else { return .void }
            let more = try a.sequence(0)
            v = .void; xs.append(contentsOf: more); v = .array(xs)
            return .void
        }
        mutatingMethod("insert(_ newElement: Element, at i: Int)", on: "Array", doc: "Inserts an element at position i (0...count).") { v, a in
            guard case .array(var xs) = v else { return .void }
            let i = try a.int(1)
            guard i >= 0 && i <= xs.count else { throw RuntimeError.index("insert position \(i) is out of range 0...\(xs.count)") }
            v = .void; xs.insert(a[0], at: i); v = .array(xs)
            return .void
        }
        mutatingMethod("remove(at index: Int) -> Element", on: "Array", doc: "Removes and returns the element at index.") { v, a in
            guard case .array(var xs) = v else { return .void }
            let i = try a.int(0)
            guard i >= 0 && i < xs.count else { throw RuntimeError.index("Index out of range: index \(i) of an array of \(xs.count) elements") }
            v = .void; let r = xs.remove(at: i); v = .array(xs)
            return r
        }
        mutatingMethod("removeLast() -> Element", on: "Array", doc: "Removes and returns the last element (error when empty).") { v, _ in
            guard case .array(var xs) = v else { return .void }
            guard !xs.isEmpty else { throw RuntimeError.index("Can't remove last element from an empty collection") }
            v = .void; let r = xs.removeLast(); v = .array(xs)
            return r
        }
        mutatingMethod("removeFirst() -> Element", on: "Array", doc: "Removes and returns the first element (error when empty).") { v, _ in
            guard case .array(var xs) = v else { return .void }
            guard !xs.isEmpty else { throw RuntimeError.index("Can't remove first element from an empty collection") }
            v = .void; let r = xs.removeFirst(); v = .array(xs)
            return r
        }
        mutatingMethod("popLast() -> Element?", on: "Array", doc: "Removes and returns the last element, or nil when empty.") { v, _ in
            guard case .array(var xs) = v else { return .void }
            v = .void; let r = xs.popLast(); v = .array(xs)
            return r.map { .some($0) } ?? .none
        }
        mutatingMethod("sort()", on: "Array", doc: "Sorts in place, ascending.") { v, _ in
            guard case .array(let xs) = v else { return .void }
            v = .array(try sortValues(xs))
            return .void
        }
        mutatingMethod("sort(by areInIncreasingOrder: (Element, Element) -> Bool)", on: "Array", doc: "Sorts in place by the predicate.") { v, a in
            guard case .array(let xs) = v else { return .void }
            v = .array(try sortValues(xs, by: try a.function(0)))
            return .void
        }
        mutatingMethod("reverse()", on: "Array", doc: "Reverses in place.") { v, _ in
            guard case .array(var xs) = v else { return .void }
            v = .void; xs.reverse(); v = .array(xs)
            return .void
        }
        mutatingMethod("shuffle(using generator: inout SeededGenerator)", on: "Array", doc: "Shuffles in place with the given generator.") { v, a in
            guard case .array(var xs) = v, var g = a[0].native(as: SeededGenerator.self) else { throw RuntimeError.type("using: expects a SeededGenerator") }
            v = .void; xs.shuffle(using: &g); v = .array(xs)
            return .void
        }
        mutatingMethod("swapAt(_ i: Int, _ j: Int)", on: "Array", doc: "Exchanges the elements at i and j.") { v, a in
            guard case .array(var xs) = v else { return .void }
            let i = try a.int(0), j = try a.int(1)
            guard xs.indices.contains(i), xs.indices.contains(j) else { throw RuntimeError.index("swapAt(\(i), \(j)) is out of range for \(xs.count) elements") }
            v = .void; xs.swapAt(i, j); v = .array(xs)
            return .void
        }
        method("joined(separator: String = \"\") -> String", on: "Array", doc: "The elements' text joined by separator.") { v, a in
            guard case .array(let xs) = v else { return .void }
            let sep = try a.string(0)
            if let first = xs.first, case .array = first { return .array(xs.flatMap { (try? elements(of: $0)) ?? [] }) }
            return .string(try xs.map { x -> String in
                switch x {
                case .string(let s): return s
                case .character(let c): return String(c)
                default: throw RuntimeError.type("joined(separator:) needs strings, found \(typeName(x)); map with String(_:) first")
                }
            }.joined(separator: sep))
        }
        method("split(separator: Element, maxSplits: Int = 9223372036854775807, omittingEmptySubsequences: Bool = true) -> [[Element]]", on: "Array",
               doc: "Slices between separators.") { v, a in
            let maxSplits = try a.int(1)
            guard maxSplits >= 0 else { throw RuntimeError("PreconditionFailed", "Must take zero or more splits") }
            let xs = try elements(of: v)
            return .array(xs.split(separator: asElement(a[0], of: xs), maxSplits: maxSplits, omittingEmptySubsequences: try a.bool(2)).map { .array(Array($0)) })
        }

        // Dictionary
        property("keys: [Key]", on: "Dictionary", doc: "The keys, in insertion order.") { v in
            if case .dictionary(let d) = v { return .array(d.keys) }; return .void
        }
        property("values: [Value]", on: "Dictionary", doc: "The values, in insertion order.") { v in
            if case .dictionary(let d) = v { return .array(d.values) }; return .void
        }
        mutatingMethod("updateValue(_ value: Value, forKey key: Key) -> Value?", on: "Dictionary", doc: "Sets the value for key; returns the old value.") { v, a in
            guard case .dictionary(var d) = v else { return .void }
            v = .void; let old = d[a[1]]; d[a[1]] = a[0]; v = .dictionary(d)
            return old.map { .some($0) } ?? .none
        }
        mutatingMethod("removeValue(forKey key: Key) -> Value?", on: "Dictionary", doc: "Removes key; returns its value.") { v, a in
            guard case .dictionary(var d) = v else { return .void }
            v = .void; let old = d.removeValue(forKey: a[0]); v = .dictionary(d)
            return old.map { .some($0) } ?? .none
        }
        mutatingMethod("merge(_ other: Sequence, uniquingKeysWith combine: (Value, Value) -> Value)", on: "Dictionary",
                       doc: "Adds other's entries (a dictionary or (key, value) pairs), combining values of shared keys.") { v, a in
            guard case .dictionary(var d) = v else { throw RuntimeError.type("merge needs a dictionary") }
            let f = try a.function(1)
            v = .void
            defer { v = .dictionary(d) }
            try mergeEntries(into: &d, a[0], f)
            return .void
        }
        method("mapValues(_ transform: (Value) -> T) -> [Key: T]", on: "Dictionary", doc: "The same keys with transformed values.") { v, a in
            guard case .dictionary(let d) = v else { return .void }
            let f = try a.function(0)
            var out = OrderedDictionary()
            for (k, x) in zip(d.keys, d.values) { out[k] = try f.call1(x) }
            return .dictionary(out)
        }
        method("index(forKey key: Key) -> Int?", on: "Dictionary", doc: "Whether the key is present (as its position).") { v, a in
            guard case .dictionary(let d) = v else { return .void }
            return d.keys.firstIndex(of: a[0]).map { .some(.int($0)) } ?? .none
        }

        // Set
        mutatingMethod("insert(_ newMember: Element) -> (inserted: Bool, memberAfterInsert: Element)", on: "Set", doc: "Adds an element if absent.") { v, a in
            guard case .set(var s) = v else { return .void }
            v = .void; let ok = s.insert(a[0]); v = .set(s)
            return .tuple(TupleValue([.bool(ok), a[0]], labels: ["inserted", "memberAfterInsert"]))
        }
        mutatingMethod("remove(_ member: Element) -> Element?", on: "Set", doc: "Removes an element; returns it if it was present.") { v, a in
            guard case .set(var s) = v else { return .void }
            v = .void; let r = s.remove(a[0]); v = .set(s)
            return r.map { .some($0) } ?? .none
        }
        method("union(_ other: Sequence) -> Set<Element>", on: "Set", doc: "Elements in either.") { v, a in
            guard case .set(var s) = v else { return .void }
            for x in try a.sequence(0) { s.insert(x) }
            return .set(s)
        }
        method("intersection(_ other: Sequence) -> Set<Element>", on: "Set", doc: "Elements in both.") { v, a in
            guard case .set(let s) = v else { return .void }
            let o = OrderedSet(try a.sequence(0))
            return .set(OrderedSet(s.elements.filter { o.contains($0) }))
        }
        method("subtracting(_ other: Sequence) -> Set<Element>", on: "Set", doc: "Elements not in other.") { v, a in
            guard case .set(let s) = v else { return .void }
            let o = OrderedSet(try a.sequence(0))
            return .set(OrderedSet(s.elements.filter { !o.contains($0) }))
        }
        method("symmetricDifference(_ other: Sequence) -> Set<Element>", on: "Set", doc: "Elements in exactly one.") { v, a in
            guard case .set(let s) = v else { return .void }
            let o = OrderedSet(try a.sequence(0))
            return .set(OrderedSet(s.elements.filter { !o.contains($0) } + o.elements.filter { !s.contains($0) }))
        }
        method("isSubset(of other: Sequence) -> Bool", on: "Set", doc: "Whether every element is in other.") { v, a in
            guard case .set(let s) = v else { return .void }
            let o = OrderedSet(try a.sequence(0))
            return .bool(s.elements.allSatisfy { o.contains($0) })
        }
        method("isSuperset(of other: Sequence) -> Bool", on: "Set", doc: "Whether every element of other is in the set.") { v, a in
            guard case .set(let s) = v else { return .void }
            return .bool(try a.sequence(0).allSatisfy { s.contains($0) })
        }
        registerCollectionAdditions()
    }
}

// MARK: - Helpers

/// The element count of a collection value.
func count(of v: Value) throws -> Int {
    switch v {
    case .array(let a): return a.count
    case .string(let s): return s.count
    case .dictionary(let d): return d.count
    case .set(let s): return s.count
    case .range(let r):
        if r.intRange != nil {
            guard let n = r.safeCount else { throw RuntimeError("Overflow", "the range \(debugDescribe(v)) has more than Int.max elements") }
            return n
        }
        return 0
    default: return try elements(of: v).count
    }
}

/// A predicate's result as a Bool.
@inline(__always) func isTrue(_ v: Value) throws -> Bool {
    if case .bool(let b) = v { return b }
    throw RuntimeError.type("the closure must return a Bool, not a value of type '\(typeName(v))'")
}

/// Sorts values in ascending order; homogeneous Int, Double and String arrays take a fast path.
func sortValues(_ xs: [Value]) throws -> [Value] {
    if xs.allSatisfy({ if case .int = $0 { return true }; return false }) {
        return xs.map { if case .int(let i) = $0 { return i }; return 0 }.sorted().map { .int($0) }
    }
    if xs.allSatisfy({ if case .double = $0 { return true }; return false }) {
        return xs.map { if case .double(let d) = $0 { return d }; return 0 }.sorted().map { .double($0) }
    }
    if xs.allSatisfy({ if case .string = $0 { return true }; return false }) {
        return xs.map { if case .string(let s) = $0 { return s }; return "" }.sorted().map { .string($0) }
    }
    return try xs.sorted { a, b in
        guard let c = try compareAllowingLibrary(a, b) else {
            throw RuntimeError.type("cannot sort: '\(typeName(a))' and '\(typeName(b))' are not comparable; use sorted(by:)")
        }
        return c < 0
    }
}

/// Sorts by a user predicate (checked for interrupts).
func sortValues(_ xs: [Value], by f: Function) throws -> [Value] {
    var steps = 0
    return try xs.sorted { a, b in
        steps += 1
        if steps & 1023 == 0 { try checkInterrupt() }
        return try isTrue(try f.call2(a, b))
    }
}
