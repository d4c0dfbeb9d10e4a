// Array and Range algorithms, min/max (expected output recorded from swiftc)
var a = [1, 2, 3, 4, 5, 6]
print(a.elementsEqual([1, 2, 3, 4, 5, 6]), a.elementsEqual([1, 2]), a.elementsEqual(1...6))
print(a.elementsEqual([2, 4, 6, 8, 10, 12]) { $0 * 2 == $1 })
print(a.starts(with: [1, 2]), a.starts(with: [2]), a.starts(with: []))
print(a.prefix(while: { $0 < 4 }), a.drop(while: { $0 < 4 }), a.prefix { $0 < 2 })
print(a.lastIndex(where: { $0 % 2 == 1 }) as Any, a.lastIndex { $0 > 10 } as Any)
print(a.firstIndex { $0 > 2 } as Any, a.firstIndex(where: { $0 > 20 }) as Any)
print(a.last(where: { $0 < 4 }) as Any, a.last { $0 > 40 } as Any)
print(a.split(whereSeparator: { $0 % 3 == 0 }).map { Array($0) })
print(a.split(maxSplits: 1, whereSeparator: { $0 % 2 == 0 }).map { Array($0) })
print([0, 1, 0, 0, 2, 0].split(omittingEmptySubsequences: false, whereSeparator: { $0 == 0 }).map { Array($0) })
print([0, 1, 0, 0, 2, 0].split(separator: 0, maxSplits: 2, omittingEmptySubsequences: false).map { Array($0) })
print([0, 1, 0, 0, 2, 0].split { $0 == 0 }.map { Array($0) })
a.insert(contentsOf: [10, 11], at: 2)
print(a)
a.insert(contentsOf: [], at: 0)
a.insert(contentsOf: 20...21, at: a.count)
print(a)
a.removeFirst(2)
print(a)
a.removeLast(3)
print(a)
a.removeFirst(0); a.removeLast(0)
a.replaceSubrange(1...2, with: [7, 7, 7])
print(a)
a.replaceSubrange(0..<0, with: [-1])
print(a)
a.replaceSubrange(3..., with: [])
print(a)
a.removeSubrange(..<1)
print(a)
a.removeAll(keepingCapacity: true)
print(a, a.isEmpty)
a = [5, 6, 7]
a.removeAll()
print(a)
a = [1, 2, 3, 4]
a.removeAll { $0.isMultiple(of: 2) }
print(a)
a.reserveCapacity(100)
print(a.index(after: 3), a.index(before: 0), a.index(5, offsetBy: -2), a.distance(from: 1, to: 7))
print(a.index(0, offsetBy: 3, limitedBy: 2) as Any, a.index(0, offsetBy: 2, limitedBy: 2) as Any, a.index(5, offsetBy: -3, limitedBy: 4) as Any, a.index(5, offsetBy: 3, limitedBy: 1) as Any)
let r = 0..<10
print(r.prefix(while: { $0 < 3 }), r.drop(while: { $0 < 7 }), r.last(where: { $0 % 4 == 1 }) as Any)
print((1...10).last(where: { $0 % 4 == 1 }) as Any, (1...100).last { $0 % 7 == 0 }!)
print(r.firstIndex(of: 4) as Any, (3..<9).firstIndex(of: 4) as Any, (3..<9).firstIndex(of: 40) as Any, (3..<9).firstIndex { $0 > 5 } as Any, (3..<9).indices)
print((1...).first(where: { $0 * $0 > 50 })!, (0...).prefix(while: { $0 < 5 }))
print((0..<5).clamped(to: 2..<8), (0..<5).clamped(to: 7..<9), (5...9).clamped(to: 0...6), (5..<9).clamped(to: 0..<3))
print((1...3).elementsEqual([1, 2, 3]), (1..<3).starts(with: [1]))
print(min(3, 1), max(3, 1), min(3, 1, 2), max(1, 5, 2, 4, 3), min("b", "a", "c"), max(2.5, 1.0))
print(max(0.0, -0.0), min(0.0, -0.0), max(-0.0, 0.0), min(-0.0, 0.0), max(1.0, 2.0, -0.0, 0.0, 2.0))
let fs: [(Int, Int) -> Int] = [max, min]
print(fs.map { $0(3, 9) })
// expect: true false true
// expect: true
// expect: true false true
// expect: [1, 2, 3] [4, 5, 6] [1]
// expect: Optional(4) nil
// expect: Optional(2) nil
// expect: Optional(3) nil
// expect: [[1, 2], [4, 5]]
// expect: [[1], [3, 4, 5, 6]]
// expect: [[], [1], [], [2], []]
// expect: [[], [1], [0, 2, 0]]
// expect: [[1], [2]]
// expect: [1, 2, 10, 11, 3, 4, 5, 6]
// expect: [1, 2, 10, 11, 3, 4, 5, 6, 20, 21]
// expect: [10, 11, 3, 4, 5, 6, 20, 21]
// expect: [10, 11, 3, 4, 5]
// expect: [10, 7, 7, 7, 4, 5]
// expect: [-1, 10, 7, 7, 7, 4, 5]
// expect: [-1, 10, 7]
// expect: [10, 7]
// expect: [] true
// expect: []
// expect: [1, 3]
// expect: 4 -1 3 6
// expect: nil Optional(2) nil Optional(8)
// expect: 0..<3 7..<10 Optional(9)
// expect: Optional(9) 98
// expect: Optional(4) Optional(4) nil Optional(6) 3..<9
// expect: 8 [0, 1, 2, 3, 4]
// expect: 2..<5 7..<7 5...6 3..<3
// expect: true true
// expect: 1 3 1 5 a 2.5
// expect: -0.0 0.0 0.0 -0.0 2.0
// expect: [9, 3]
// ---
// String mutation, searching and Character properties (expected output recorded from swiftc)
var s = "hello"
s.insert("!", at: s.endIndex)
s.insert(contentsOf: " there", at: s.index(before: s.endIndex))
print(s)
print(s.remove(at: s.startIndex), s)
s.removeSubrange(s.index(s.startIndex, offsetBy: 2)..<s.index(s.startIndex, offsetBy: 4))
print(s)
s.replaceSubrange(s.startIndex..<s.index(after: s.startIndex), with: "J")
print(s)
s.replaceSubrange(s.index(s.endIndex, offsetBy: -3)..., with: "xyz123")
print(s)
print(s.removeFirst(), s.removeLast(), s)
s.removeFirst(2); s.removeLast(2)
print(s)
s.removeAll { $0 == "x" }
print(s)
s.removeAll(keepingCapacity: true)
print("[\(s)]")
let w = "  hi there  "
print("[\(w.prefix(while: { $0 == " " }))] [\(w.drop(while: { $0 == " " }))]")
print(w.split(whereSeparator: { $0 == " " }), w.split(omittingEmptySubsequences: false, whereSeparator: { $0 == " " }))
print("a1b22c".split { $0.isNumber }, "a,b,c".split(maxSplits: 1) { $0 == "," })
print("abc".elementsEqual("abc"), "abc".elementsEqual(["a", "b", "c"]), "abc".starts(with: "ab"))
print("🇺🇸e\u{301}x".utf16.count, Array("hé".utf16), "hé".utf16.map { $0 + 1 })
print("one two one".replacing("one", with: "1"), "aaaa".replacing("aa", with: "b"), "abc".replacing("x", with: "y"), "aaa".replacing("a", with: "b", maxReplacements: 2))
let g = "Guten Tag!"
print(g[g.index(g.startIndex, offsetBy: 3, limitedBy: g.endIndex)!], g.index(g.startIndex, offsetBy: 20, limitedBy: g.endIndex) == nil)
print(g.index(g.endIndex, offsetBy: -3, limitedBy: g.startIndex) as Any == nil, g.index(g.startIndex, offsetBy: 10, limitedBy: g.endIndex) == g.endIndex)
print(g.distance(from: g.startIndex, to: g.endIndex), g.distance(from: g.endIndex, to: g.startIndex))
print(g.distance(from: g.startIndex, to: g.lastIndex(where: { $0 == "a" })!))
print(g.distance(from: g.startIndex, to: g.lastIndex(of: "a")!))
let cs = "Fa9gＦé "
for c in cs {
    print(c.hexDigitValue as Any, c.isHexDigit, c.isASCII, c.isSymbol, c.isNewline, c.isCased)
}
print(Character("+").isMathSymbol, Character("$").isCurrencySymbol, Character("\n").isNewline)
let empty = String()
print(empty.isEmpty, empty == "")
// expect: hello there!
// expect: h ello there!
// expect: el there!
// expect: Jl there!
// expect: Jl thexyz123
// expect: J 3 l thexyz12
// expect: thexyz
// expect: theyz
// expect: []
// expect: [  ] [hi there  ]
// expect: ["hi", "there"] ["", "", "hi", "there", "", ""]
// expect: ["a", "b", "c"] ["a", "b,c"]
// expect: true true true
// expect: 7 [104, 233] [105, 234]
// expect: 1 two 1 bb abc bba
// expect: e true
// expect: false true
// expect: 10 -10
// expect: 7
// expect: 7
// expect: Optional(15) true true false false true
// expect: Optional(10) true true false false true
// expect: Optional(9) true true false false false
// expect: nil false true false false true
// expect: Optional(15) true false false false true
// expect: nil false false false false true
// expect: nil false true false false false
// expect: true true true
// expect: true true
// ---
// Dictionary merging, Set algebra, overflow-reporting arithmetic, floating-point limits, Optional(_:) (expected output recorded from swiftc)
let pairs = [("a", 1), ("b", 2), ("a", 10), ("b", 20), ("c", 3)]
let summed = Dictionary(pairs, uniquingKeysWith: +)
print(summed.sorted { $0.key < $1.key })
let last = Dictionary(pairs) { _, new in new }
print(last["a"]!, last["b"]!, last.count)
let d1 = ["x": 1, "y": 2]
let m = d1.merging(["y": 5, "z": 9]) { $0 + $1 }
print(m.sorted { $0.key < $1.key })
let m2 = d1.merging([("x", 7), ("x", 8)], uniquingKeysWith: { a, b in a * 100 + b })
print(m2.sorted { $0.key < $1.key })
var inv = ["apples": 5]
inv.merge([("pears", 10), ("apples", 1)]) { max($0, $1) }
print(inv.sorted { $0.key < $1.key })
let raw = ["a": "1", "b": "two", "c": "3"]
print(raw.compactMapValues { Int($0) }.sorted { $0.key < $1.key })
let opt: [String: Int?] = ["p": 1, "q": nil]
print(opt.compactMapValues { $0 }.count)
var dd = ["k": 1]
dd.removeAll(keepingCapacity: true)
print(dd.isEmpty)
var st: Set = [1, 2, 3]
print(st.isDisjoint(with: [4, 5]), st.isDisjoint(with: [3]), st.isStrictSubset(of: [1, 2, 3, 4]), st.isStrictSubset(of: [1, 2, 3]), st.isStrictSuperset(of: [1]), st.isStrictSuperset(of: [1, 2, 3]))
st.formUnion([3, 4, 5]); print(st.sorted())
st.subtract([1, 5]); print(st.sorted())
st.formIntersection([2, 3, 9]); print(st.sorted())
st.formSymmetricDifference([3, 7]); print(st.sorted())
st.removeAll(); print(st.isEmpty, st.count)
let big = Int.max
print(big.addingReportingOverflow(1), 5.addingReportingOverflow(3))
let (p, o) = big.multipliedReportingOverflow(by: 2)
print(p, o)
let zero = Int("0")!, minus = Int("-1")!
print(Int.min.subtractingReportingOverflow(1), 7.dividedReportingOverflow(by: zero), Int.min.dividedReportingOverflow(by: minus), 7.remainderReportingOverflow(dividingBy: zero), 7.remainderReportingOverflow(dividingBy: 3), Int.min.remainderReportingOverflow(dividingBy: minus))
print(big.addingReportingOverflow(1).partialValue, big.addingReportingOverflow(1).overflow)
print(Double.leastNormalMagnitude, Double.leastNonzeroMagnitude, Float.greatestFiniteMagnitude, Float.leastNormalMagnitude, Float.leastNonzeroMagnitude, Float.infinity, Float.ulpOfOne)
print(Float.nan.isNaN)
print(Optional(7) as Any, Optional("x") as Any)
print(String(describing: Optional(3)))
var ys = [3, 1, 2]
// expect: [(key: "a", value: 11), (key: "b", value: 22), (key: "c", value: 3)]
// expect: 10 20 3
// expect: [(key: "x", value: 1), (key: "y", value: 7), (key: "z", value: 9)]
// expect: [(key: "x", value: 10708), (key: "y", value: 2)]
// expect: [(key: "apples", value: 5), (key: "pears", value: 10)]
// expect: [(key: "a", value: 1), (key: "c", value: 3)]
// expect: 1
// expect: true
// expect: true false true false true false
// expect: [1, 2, 3, 4, 5]
// expect: [2, 3, 4]
// expect: [2, 3]
// expect: [2, 7]
// expect: true 0
// expect: (partialValue: -9223372036854775808, overflow: true) (partialValue: 8, overflow: false)
// expect: -2 true
// expect: (partialValue: 9223372036854775807, overflow: true) (partialValue: 7, overflow: true) (partialValue: -9223372036854775808, overflow: true) (partialValue: 7, overflow: true) (partialValue: 1, overflow: false) (partialValue: 0, overflow: true)
// expect: -9223372036854775808 true
// expect: 2.2250738585072014e-308 5e-324 3.4028235e+38 1.1754944e-38 1e-45 inf 1.1920929e-07
// expect: true
// expect: Optional(7) Optional("x")
// expect: Optional(3)
// ---
// Trailing closures pick the overload that takes a function (expected output recorded from swiftc)
let xs = [4, 1, 3, 2]
print(xs.firstIndex { $0 < 3 } as Any, xs.lastIndex { $0 > 2 } as Any, xs.first { $0 < 3 } as Any, xs.last { $0 > 2 } as Any)
print(xs.contains { $0 == 3 }, xs.min { $0 > $1 } as Any, xs.max { $0 > $1 } as Any, xs.sorted { $0 > $1 })
print(xs.split { $0 == 1 }.map { Array($0) }, xs.prefix { $0 > 3 }, xs.drop { $0 > 3 }, xs.allSatisfy { $0 > 0 })
print(xs.starts(with: [4]) { $0 == $1 }, xs.elementsEqual([4, 1, 3, 2]) { $0 == $1 })
let s4 = "a-b-c"
print(s4.distance(from: s4.startIndex, to: s4.firstIndex { $0 == "-" }!))
print(s4.split { $0 == "-" }, s4.contains { $0 == "b" }, s4.first { $0 != "a" } as Any, s4.last { $0 != "c" } as Any)
print(s4.prefix { $0 != "-" }, s4.drop { $0 != "-" })
let r4 = 1..<6
print(r4.first { $0 > 2 } as Any, r4.last { $0 < 4 } as Any, r4.contains { $0 == 9 }, r4.firstIndex { $0 == 3 } as Any)
var d4 = ["a": 1, "b": 2]
print(d4.first { $0.value == 2 }!.key, d4.contains { $0.key == "a" }, d4.filter { $0.value > 1 }, d4.mapValues { $0 * 2 }.sorted { $0.key < $1.key })
var m4 = xs
m4.removeAll { $0 > 2 }
print(m4)
// expect: Optional(1) Optional(2) Optional(1) Optional(3)
// expect: true Optional(4) Optional(1) [4, 3, 2, 1]
// expect: [[4], [3, 2]] [4] [1, 3, 2] true
// expect: true true
// expect: 1
// expect: ["a", "b", "c"] true Optional("-") Optional("-")
// expect: a -b-c
// expect: Optional(3) Optional(3) false Optional(3)
// expect: b true ["b": 2] [(key: "a", value: 2), (key: "b", value: 4)]
// expect: [1, 2]
// ---
// Swift traps: the same message
var t1 = [1, 2]
t1.removeFirst(3)
// expect error: Can't remove more items from a collection than it has
// ---
// Swift traps: the same message
var t2 = [1, 2]
t2.removeLast(3)
// expect error: Can't remove more items from a collection than it contains
// ---
// Swift traps: the same message
var t3: [Int] = []
t3.removeLast()
// expect error: Can't remove last element from an empty collection
// ---
// Swift traps: the same message
var t4 = [1, 2]
t4.replaceSubrange(1..<3, with: [0])
// expect error: Array replace: subrange extends past the end
// ---
// Swift traps: the same message
var t5 = "ab"
t5.remove(at: t5.endIndex)
// expect error: String index is out of bounds
// ---
// Swift traps: the same message
var t6 = ""
t6.removeFirst()
// expect error: Can't remove first element from an empty collection
// ---
// Swift traps: the same message
print([1, 2].split(maxSplits: -1, whereSeparator: { $0 == 1 }))
// expect error: Must take zero or more splits
// ---
// Swift traps: the same message
print((1...5).prefix(while: { $0 < 3 }))
// expect error: not supported
