// Labelled tuples: a declared tuple type labels an unlabelled tuple, as in Swift.
func stats(_ xs: [Double]) -> (mean: Double, count: Int) {
    let m = xs.reduce(0, +) / Double(xs.count)
    return (m, xs.count)
}
let s = stats([1, 2, 3, 6])
print(s.mean, s.count, s.0)
// expect: 3.0 4 3.0
// ---
// An inferred labelled tuple keeps its labels when an unlabelled tuple is assigned to it.
var best = (interval: 0.0, useful: 0.0)
for (i, v) in [(1.0, 5.0), (2.0, 9.0), (3.0, 7.0)] where v > best.useful { best = (i, v) }
print(best.interval, best.useful)
// expect: 2.0 9.0
// ---
// Elements are converted to the declared element types; a labelled literal keeps its own labels.
func pair() -> (x: Double, y: Double) { (1, 2) }
let p = pair()
print(p.x + p.y)
let q: (a: Int, b: String) = (a: 1, b: "one")
print(q.b)
// expect: 3.0
// expect: one
