"""Writes the teaching sequence notebooks/teaching/NN-*.ipynb (run from anywhere).

Four short lessons for a class, each with exercises whose solutions run but are hidden by
default: graphs and message passing, spectral filters by hand, attention and its cache,
failures in a cluster. They use only the language and the library core, so students build
by hand what the paper modules package.
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from notebook_builder import write  # noqa: E402

GRAPHS = [
    ("md", """# 1 · Graphs and message passing

A graph neural network computes, for every node, a new vector from the vectors of its
neighbours. This lesson builds that step by hand, then checks it against the library's
sparse matrices. You will need about 20 minutes."""),
    ("md", """## A small graph
`edgeIndex` is a pair of lists: sources and targets. Each undirected edge is stored in both
directions, as in PyTorch Geometric."""),
    ("code", """let g = Graph(edgeIndex: [[0, 1, 1, 2, 2, 3, 3, 0, 0, 2],
                         [1, 0, 2, 1, 3, 2, 0, 3, 2, 0]])
print(g)
print("in-degrees:", g.inDegrees)
print("neighbours of 0:", g.inNeighbors(of: 0))"""),
    ("md", """## One round of message passing, by hand
Every node sums the feature vectors of its in-neighbours: $h_v = \\sum_{u \\to v} x_u$."""),
    ("code", """let x: [[Double]] = [[1, 0], [0, 1], [1, 1], [2, 0]]

func sumAggregate(_ g: Graph, _ x: [[Double]]) -> [[Double]] {
    var out: [[Double]] = []
    for v in 0..<g.nodeCount {
        var acc = Array(repeating: 0.0, count: x[0].count)
        for u in g.inNeighbors(of: v) {
            for j in 0..<acc.count { acc[j] += x[u][j] }
        }
        out.append(acc)
    }
    return out
}
sumAggregate(g, x)"""),
    ("md", """The same computation is a sparse matrix product $A X$, where $A_{vu} = 1$ when there is an
edge $u \\to v$. The library does it in one call:"""),
    ("code", """let X = Tensor(x)
g.adjacency().matmul(X)"""),
    ("md", """## Exercise 1 · mean aggregation
Sums grow with the degree; GraphSAGE and many others average instead. Write
`meanAggregate` so that each node gets the mean of its in-neighbours' vectors (a node
without neighbours keeps zeros). The check below must print `true`."""),
    ("exercise", """// Exercise: complete this function.
func meanAggregate(_ g: Graph, _ x: [[Double]]) -> [[Double]] {
    var out = sumAggregate(g, x)
    // divide each row by the node's in-degree
    return out
}"""),
    ("solution", """// Solution (hidden by default: click the ellipsis to reveal it).
func meanAggregate(_ g: Graph, _ x: [[Double]]) -> [[Double]] {
    var out = sumAggregate(g, x)
    for v in 0..<g.nodeCount where g.inDegrees[v] > 0 {
        let d = Double(g.inDegrees[v])
        out[v] = out[v].map { $0 / d }
    }
    return out
}"""),
    ("code", """let expected: [[Double]] = [[1, 2.0 / 3], [1, 0.5], [1, 1.0 / 3], [1, 0.5]]
let got = meanAggregate(g, x)
zip(got, expected).allSatisfy { pair in zip(pair.0, pair.1).allSatisfy { abs($0 - $1) < 1e-12 } }"""),
    ("md", """## Smoothing: what repeated message passing does
GCN uses the symmetrically normalised adjacency with self loops,
$\\hat A = D^{-1/2}(A + I)D^{-1/2}$. Applying it again and again averages a signal over
ever larger neighbourhoods. Start with a single hot node on a 12×12 grid:"""),
    ("code", """let grid = Graph.grid(rows: 12, columns: 12)
let aHat = grid.normalizedAdjacency(selfLoops: true)
let signal = Tensor.oneHot([5 * 12 + 5], classes: 144).reshaped([144, 1])

func asGrid(_ t: Tensor) -> [[Double]] {
    let v = t.doubles
    return (0..<12).map { r in Array(v[(r * 12)..<(r * 12 + 12)]) }
}

let fig = Figure(width: 900, height: 300, rows: 1, columns: 3)
var state = signal
for (panel, steps) in [0, 3, 12].enumerated() {
    state = signal
    for _ in 0..<steps { state = aHat.matmul(state) }
    fig.allAxes[panel].heatmap(asGrid(state), colorMap: "viridis", colorBar: false)
    fig.allAxes[panel].title("\\(steps) steps")
}
fig"""),
    ("md", """## Exercise 2 · how far does information travel?
After $k$ rounds, node $v$'s value depends only on nodes within $k$ hops. Count the grid
nodes whose value is non-zero after 3 steps, and compare with the number of nodes at
distance ≤ 3 from node 65 (`grid.distances(from: [65])`)."""),
    ("exercise", """// Exercise: compute both counts.
var afterThree = signal
// apply aHat three times, then count the non-zero entries
let reached = 0
let withinThree = 0
(reached, withinThree)"""),
    ("solution", """// Solution
var afterThree = signal
for _ in 0..<3 { afterThree = aHat.matmul(afterThree) }
let reached = afterThree.doubles.filter { $0 != 0 }.count
let withinThree = grid.distances(from: [65]).filter { $0 >= 0 && $0 <= 3 }.count
(reached, withinThree)"""),
    ("md", """**Takeaway.** A GNN layer is a sparse matrix product followed by a learned linear map;
$k$ layers see $k$ hops. The next lesson looks at the same operator through its
eigenvalues."""),
]

SPECTRAL = [
    ("md", """# 2 · Spectral filters by hand

The normalised Laplacian $L = I - D^{-1/2} A D^{-1/2}$ of a graph has eigenvalues in
$[0, 2]$. Its eigenvectors play the role of Fourier modes: small eigenvalues vary slowly
over the graph, large ones oscillate. A *spectral filter* rescales each mode by $h(\\lambda)$.
Spectral GNNs (ChebNet, GPR-GNN, BernNet, JacobiConv, LON-GNN) learn $h$ as a polynomial."""),
    ("code", """let n = 40
var sources: [Int] = []
var targets: [Int] = []
for i in 0..<(n - 1) {
    sources += [i, i + 1]
    targets += [i + 1, i]
}
let path = Graph(sources: sources, targets: targets, nodeCount: n)
let eig = path.laplacianEigen(normalized: true)
print("eigenvalues from", eig.values.first!, "to", eig.values.last!)"""),
    ("md", "## The Fourier modes of a path\nColumn $k$ of `eig.vectors` is the mode with eigenvalue $\\lambda_k$."),
    ("code", """let modes = eig.vectors.T
let fig = Figure(width: 720, height: 320)
for k in [0, 1, 5, 39] {
    fig.axes.line(modes[k].doubles, label: "λ = \\((eig.values[k] * 1000).rounded() / 1000)")
}
fig.axes.title("Fourier modes of a 40-node path")
fig.axes.xlabel("node")
fig.axes.legend()
fig"""),
    ("md", """## Filtering a noisy signal
Transform ($\\hat x = U^\\top x$), scale each coefficient by $h(\\lambda)$, transform back
($y = U\\, \\mathrm{diag}(h)\\, \\hat x$). A low-pass $h$ removes the noise."""),
    ("code", """let clean = (0..<n).map { sin(Double($0) / 6) }
let noise = Tensor.randn([n], seed: 7).doubles.map { 0.3 * $0 }
let noisy = zip(clean, noise).map { $0 + $1 }

func spectralFilter(_ x: [Double], _ h: (Double) -> Double) -> [Double] {
    let U = eig.vectors
    let xHat = U.T.matmul(Tensor(x, shape: [n, 1], dtype: "float64"))
    let scale = Tensor(eig.values.map(h), shape: [n, 1], dtype: "float64")
    return U.matmul(xHat * scale).doubles
}
let lowPass = spectralFilter(noisy) { λ in λ < 0.3 ? 1 : 0 }

let f2 = Figure(width: 720, height: 320)
f2.axes.line(noisy, label: "noisy", color: "C7")
f2.axes.line(clean, label: "clean", style: .dashed)
f2.axes.line(lowPass, label: "low-pass")
f2.axes.legend()
f2"""),
    ("md", """## Polynomial filters need no eigenvectors
$h(\\lambda) = \\sum_k c_k \\lambda^k$ applied to $x$ is $\\sum_k c_k L^k x$: only sparse
products, which is why GNNs use polynomials. `laplacian()` gives $L$ as a dense tensor;
on a large graph one multiplies by the sparse $\\hat A$ instead."""),
    ("code", """let L = path.laplacian(normalized: true)
func polynomialFilter(_ x: [Double], _ c: [Double]) -> [Double] {
    var term = Tensor(x, shape: [n, 1], dtype: "float64")
    var out = term * c[0]
    for k in 1..<c.count {
        term = L.matmul(term)
        out = out + term * c[k]
    }
    return out.doubles
}
// h(λ) = (1 - λ/2)^2 = 1 - λ + λ²/4, a smooth low-pass
let viaPowers = polynomialFilter(noisy, [1, -1, 0.25])
let viaSpectrum = spectralFilter(noisy) { λ in (1 - λ / 2) * (1 - λ / 2) }
zip(viaPowers, viaSpectrum).map { abs($0 - $1) }.max()!"""),
    ("md", """## Exercise · Chebyshev polynomials by their recurrence
Monomials $\\lambda^k$ are badly conditioned; ChebNet uses Chebyshev polynomials of
$\\tilde\\lambda = \\lambda - 1 \\in [-1, 1]$: $T_0 = 1$, $T_1 = \\tilde\\lambda$,
$T_{k+1} = 2\\tilde\\lambda T_k - T_{k-1}$. Write `chebyshev(k, λ)` and plot $T_0 \\dots T_4$
over $[0, 2]$. The check must print `true` ($T_4(\\cos\\theta) = \\cos 4\\theta$)."""),
    ("exercise", """// Exercise: complete the recurrence.
func chebyshev(_ k: Int, _ λ: Double) -> Double {
    let t = λ - 1
    return 0
}"""),
    ("solution", """// Solution
func chebyshev(_ k: Int, _ λ: Double) -> Double {
    let t = λ - 1
    if k == 0 { return 1 }
    var previous = 1.0
    var current = t
    if k == 1 { return current }
    for _ in 2...k {
        let next = 2 * t * current - previous
        previous = current
        current = next
    }
    return current
}"""),
    ("code", """let θ = 0.7
print(abs(chebyshev(4, cos(θ) + 1) - cos(4 * θ)) < 1e-12)
let grid = Array(stride(from: 0.0, through: 2.0, by: 0.01))
let f3 = Figure(width: 720, height: 320)
for k in 0...4 { f3.axes.line(grid, grid.map { chebyshev(k, $0) }, label: "T\\(k)") }
f3.axes.xlabel("λ")
f3.axes.legend()
f3"""),
    ("md", """## Going further: Jacobi polynomials
JacobiConv and LON-GNN replace Chebyshev by Jacobi polynomials $P_k^{(a,b)}$, a family
whose weight $(1-x)^a(1+x)^b$ can be tuned to the graph's spectrum; LON-GNN normalises
them so that $a$ and $b$ can be learned. `notebooks/lon-gnn.ipynb` does this on real graphs."""),
]

ATTENTION = [
    ("md", """# 3 · Attention and its cache

A decoder transformer predicts token $t$ from tokens $0 \\dots t$. Each layer turns the
sequence into queries $Q$, keys $K$ and values $V$ and computes
$\\mathrm{softmax}(QK^\\top/\\sqrt d + M)V$, with a causal mask $M$. During generation the
keys and values of past tokens never change: they are kept in a **KV cache**. This lesson
builds both, then shrinks the cache by quantising it, as KIVI and AsymKV do."""),
    ("code", """let T = 64
let d = 16
let Q = Tensor.randn([T, d], seed: 1)
let K = Tensor.randn([T, d], seed: 2)
let V = Tensor.randn([T, d], seed: 3)

// the causal mask: -∞ (a large negative number) above the diagonal
var maskRows: [[Double]] = []
for i in 0..<T { maskRows.append((0..<T).map { j in j <= i ? 0 : -1e9 }) }
let mask = Tensor(maskRows)

func attention(_ q: Tensor, _ k: Tensor, _ v: Tensor, mask: Tensor? = nil) -> Tensor {
    var scores = q.matmul(k.T) / sqrt(Double(d))
    if let m = mask { scores = scores + m }
    return scores.softmax(axis: -1).matmul(v)
}
let full = attention(Q, K, V, mask: mask)
full.shape"""),
    ("md", """## Decoding one token at a time with a cache
At step $t$ only the new query row is needed; the cache holds rows $0 \\dots t$ of $K$
and $V$. The outputs equal the masked full computation."""),
    ("code", """var rows: [Tensor] = []
for t in 0..<T {
    let kCache = K.slice(0..<(t + 1))
    let vCache = V.slice(0..<(t + 1))
    rows.append(attention(Q.slice(t..<(t + 1)), kCache, vCache))
}
let incremental = Tensor.concat(rows)
(incremental - full).abs().max().item()"""),
    ("md", """## Quantising the cache
Round-to-nearest with $b$ bits maps a group of numbers with minimum $m$ and maximum $M$
onto $2^b$ levels: scale $s = (M - m)/(2^b - 1)$, code $q = \\mathrm{round}((x - m)/s)$,
back $x^* = m + qs$; the error is at most $s/2$."""),
    ("code", """func quantize(_ x: [Double], bits: Int) -> [Double] {
    let lo = x.min()!
    let hi = x.max()!
    let levels = Double((1 << bits) - 1)
    if hi == lo { return x }
    let s = (hi - lo) / levels
    return x.map { lo + (($0 - lo) / s).rounded() * s }
}
quantize([0.1, 0.5, 0.9, -0.3], bits: 1)"""),
    ("md", """Real keys have a few channels with large magnitudes (outliers), and queries use those
channels too, so KIVI quantises keys **per channel** (a column of $K$) and values
**per token** (a row of $V$). Let us give our keys two outlier channels, align the queries
with them, and measure what quantising keys alone, or values alone, does to the attention
output of the second half of the sequence."""),
    ("code", """var channelScale = Array(repeating: 1.0, count: d)
channelScale[0] = 8
channelScale[1] = 6
let outlierScale = Tensor(channelScale, shape: [1, d])
let Kreal = K * outlierScale
let Qreal = Q * outlierScale / (channelScale.reduce(0, +) / Double(d))

func perChannel(_ m: Tensor, bits: Int) -> Tensor {
    let cols = m.T
    let q = (0..<d).map { c in quantize(cols[c].doubles, bits: bits) }
    return Tensor(q).T
}
func perToken(_ m: Tensor, bits: Int) -> Tensor {
    Tensor((0..<T).map { r in quantize(m[r].doubles, bits: bits) })
}

let reference = attention(Qreal, Kreal, V, mask: mask)
func relativeError(_ out: Tensor) -> Double {
    let late = (T / 2)..<T
    let diff = (out - reference).slice(late).square().sum().item()
    return (diff / reference.slice(late).square().sum().item()).squareRoot()
}
var keyErrors: [Double] = []
var valueErrors: [Double] = []
for bits in [1, 2, 3, 4] {
    keyErrors.append(relativeError(attention(Qreal, perChannel(Kreal, bits: bits), V, mask: mask)))
    valueErrors.append(relativeError(attention(Qreal, Kreal, perToken(V, bits: bits), mask: mask)))
}
let errors = Figure(width: 640, height: 320)
errors.axes.bar(["1 bit", "2 bits", "3 bits", "4 bits"], series: [keyErrors, valueErrors],
                labels: ["keys quantised", "values quantised"])
errors.axes.ylabel("relative output error")
errors.axes.legend()
errors"""),
    ("md", """At one bit both are ruined; from two bits on, the keys' error is far larger. (On
random data the gap depends on the outliers and on how sharp attention is; trained models
show it clearly, as `notebooks/asymkv.ipynb` measures.)

## Exercise · why do keys hurt more?
Quantising $V$ adds an error $E_v$ that passes through the attention weights linearly:
the output error is $A E_v$, an *average* of row errors. Quantising $K$ perturbs the
scores *before* the softmax, which is exponential, and an outlier channel's large step
size multiplies the query's large component. Verify the first claim: compute
$A\\,(V^* - V)$ for 2-bit values and check that it equals the output difference."""),
    ("exercise", """// Exercise: A is the attention matrix softmax(QKᵀ/√d + M).
let A = Tensor.zeros([T, T])
let vStar = perToken(V, bits: 2)
let predicted = A.matmul(vStar - V)
let actual = attention(Qreal, Kreal, vStar, mask: mask) - reference
(predicted - actual).abs().max().item()"""),
    ("solution", """// Solution
let A = (Qreal.matmul(Kreal.T) / sqrt(Double(d)) + mask).softmax(axis: -1)
let vStar = perToken(V, bits: 2)
let predicted = A.matmul(vStar - V)
let actual = attention(Qreal, Kreal, vStar, mask: mask) - reference
(predicted - actual).abs().max().item()"""),
    ("md", """The difference is at float32 rounding level. AsymKV builds on this asymmetry: keep keys
at more bits and push values to 1 bit in most layers. `notebooks/asymkv.ipynb` measures it
on a trained character-level transformer with a packed cache."""),
]

CLUSTER = [
    ("md", """# 4 · Failures in a cluster

Training a large model occupies hundreds of GPUs for weeks, and something fails every few
hours. What matters is how quickly a failure is **detected**, how much work is **lost**,
and how fast training **resumes**. This lesson simulates a 128-GPU job for a week with a
seeded random stream, so every run of the notebook gives the same numbers."""),
    ("code", """let hours = 7.0 * 24
let mtbfHours = 8.0              // one failure somewhere in the job every 8 hours on average

// exponential inter-arrival times from uniform draws: -ln(1 - u) · MTBF
let u = Tensor.uniform([200], seed: 2024, dtype: "float64").doubles
var failures: [Double] = []
var clock = 0.0
for x in u {
    clock += -log(1 - x) * mtbfHours
    if clock >= hours { break }
    failures.append(clock)
}
print(failures.count, "failures in a week; first at", (failures[0] * 10).rounded() / 10, "h")"""),
    ("md", """## A policy: checkpoint and restart
The job saves a checkpoint every `interval` hours (costing `save` hours each time). After
a failure it takes `detect` hours to notice, `restart` hours to restart, and it loses the
work done since the last checkpoint. Useful time is what remains."""),
    ("code", """struct Policy {
    var name: String
    var interval: Double
    var save: Double
    var detect: Double
    var restart: Double
}

/// Simulates the week; returns useful training hours and their accumulation over wall-clock time.
func simulate(_ p: Policy) -> (useful: Double, times: [Double], curve: [Double]) {
    var useful = 0.0
    var times: [Double] = []
    var curve: [Double] = []
    var t = 0.0
    var sinceCheckpoint = 0.0
    var next = 0
    while t < hours {
        let step = 0.25
        if next < failures.count && t >= failures[next] {
            useful -= sinceCheckpoint          // work since the last checkpoint is lost
            sinceCheckpoint = 0
            t += p.detect + p.restart
            next += 1
            continue
        }
        t += step
        useful += step
        sinceCheckpoint += step
        if sinceCheckpoint >= p.interval {
            t += p.save
            sinceCheckpoint = 0
        }
        times.append(t)
        curve.append(useful)
    }
    return (useful, times, curve)
}

let timeout = Policy(name: "30-min timeout, restart", interval: 3, save: 0.1, detect: 0.5, restart: 0.5)
let inBand = Policy(name: "in-band detection", interval: 3, save: 0.1, detect: 0.02, restart: 0.5)
for p in [timeout, inBand] {
    let r = simulate(p)
    print(p.name, "→", (r.useful * 10).rounded() / 10, "useful hours of", hours)
}"""),
    ("code", """let fig = Figure(width: 720, height: 340)
for p in [timeout, inBand] {
    let run = simulate(p)
    fig.axes.line(run.times, run.curve, label: p.name)
}
for f in failures { fig.axes.verticalLine(at: f, color: "#d6272855") }
fig.axes.title("Useful training hours over a week")
fig.axes.xlabel("wall-clock hours")
fig.axes.legend()
fig"""),
    ("md", """## Exercise · the best checkpoint interval
Saving often costs time; saving rarely loses more work per failure. Young's approximation
gives the optimum interval $\\sqrt{2 \\cdot \\text{save} \\cdot \\text{MTBF}}$. Sweep the
interval from 0.25 h to 8 h with the in-band policy, find the best, and compare."""),
    ("exercise", """// Exercise: sweep the interval.
var best = (interval: 0.0, useful: 0.0)
// for interval in stride(from: 0.25, through: 8, by: 0.25) { ... }
let young = (2 * 0.1 * mtbfHours).squareRoot()
(best.interval, young)"""),
    ("solution", """// Solution
var best = (interval: 0.0, useful: 0.0)
for interval in stride(from: 0.25, through: 8, by: 0.25) {
    var p = inBand
    p.interval = interval
    let r = simulate(p).useful
    if r > best.useful { best = (interval, r) }
}
let young = (2 * 0.1 * mtbfHours).squareRoot()
(best.interval, young)"""),
    ("md", """With one sampled week the optimum is noisy, but it lies near Young's value. Unicron goes
further: it detects failures in-band, reuses partial results instead of restarting from a
checkpoint, and re-plans how many GPUs each task gets. `notebooks/unicron.ipynb`
reproduces it with a planner, a simulator and a real multi-process executor."""),
]

LESSONS = {
    "notebooks/teaching/01-graphs.ipynb": ("graphs", GRAPHS),
    "notebooks/teaching/02-spectral-filters.ipynb": ("spectral", SPECTRAL),
    "notebooks/teaching/03-attention-cache.ipynb": ("attention", ATTENTION),
    "notebooks/teaching/04-cluster-failures.ipynb": ("cluster", CLUSTER),
}


def main() -> None:
    for path, (prefix, cells) in LESSONS.items():
        write(cells, path, prefix)


if __name__ == "__main__":
    main()
