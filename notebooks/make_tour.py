"""Writes notebooks/tour.ipynb from the cells below (run from the repository root).

The notebook is generated so that its source stays reviewable as plain text here;
outputs are not stored (run it, or `bash scripts/lab.sh --headless`).
"""
from notebook_builder import write

CELLS = [
    ("md", """# A tour of the Swift research kernel

Cells are **Swift**. They are parsed by swift-syntax and run by the kernel's own
interpreter against a preloaded research library, so a cell answers in milliseconds and a
mistake is an error message pointing at the code, never a crashed kernel. Declarations
persist from cell to cell; the value of a cell's last expression is its result."""),
    ("md", "## The language\nOrdinary Swift: closures, collections, structs, enums with associated values, `switch`."),
    ("code", """let squares = (1...10).map { $0 * $0 }
squares.filter { $0 % 2 == 0 }"""),
    ("code", """struct Point {
    var x: Double
    var y: Double
    func distance(to other: Point) -> Double {
        sqrt((x - other.x) * (x - other.x) + (y - other.y) * (y - other.y))
    }
}
Point(x: 0, y: 0).distance(to: Point(x: 3, y: 4))"""),
    ("code", """enum Shape {
    case circle(radius: Double)
    case rectangle(width: Double, height: Double)
}
func area(_ s: Shape) -> Double {
    switch s {
    case .circle(let r): return Double.pi * r * r
    case .rectangle(let w, let h): return w * h
    }
}
let shapes: [Shape] = [.circle(radius: 1), .rectangle(width: 2, height: 3)]
for s in shapes { print(area(s)) }"""),
    ("md", """## Tensors and automatic differentiation
`Tensor` is an n-dimensional array on OpenBLAS; a `Parameter` records the operations applied
to it, and `backward()` fills in gradients."""),
    ("code", """let w = Parameter(Tensor([[2.0], [-1.0]]))
let x = Tensor([[1, 1], [2, 3]])
let loss = x.matmul(w).square().sum()
loss.backward()
w.grad!"""),
    ("md", """## A training loop with live progress and a figure
`TrainingLoop.run` shows its progress in place while it runs; the history plots itself."""),
    ("code", """let p = Parameter(Tensor([3.0]))
let adam = Adam([p], lr: 0.1)
let history = TrainingLoop.run(epochs: 100, label: "minimise p²") { epoch in
    adam.zeroGrad()
    let loss = (p * p).sum()
    loss.backward()
    adam.step()
    return ["loss": loss.item()]
}
history.plot()"""),
    ("md", "## Figures\nA `Figure` is a value: as a cell result it shows inline (PNG and SVG); `save(\"fig.svg\")` writes a file."),
    ("code", """let xs = Array(stride(from: 0.0, through: 6.3, by: 0.05))
let fig = Figure(width: 640, height: 360)
fig.axes.line(xs, xs.map { sin($0) }, label: "sin")
fig.axes.line(xs, xs.map { cos($0) }, label: "cos", style: .dashed)
fig.axes.title("Two waves")
fig.axes.xlabel("x")
fig.axes.legend()
fig"""),
    ("md", """## A real graph
The datasets of the papers ship with the project. Cora is a citation graph: papers, the
citations between them, bag-of-words features and seven topics."""),
    ("code", """let cora = Datasets.load("cora")
print(cora.nodeCount, "nodes,", cora.edgeCount, "directed edges,", cora.featureCount, "features,", cora.classCount, "classes")"""),
    ("code", """let split = cora.split(.standard)
let conv1 = GCNConv(cora.featureCount, 16, seed: 0)
let conv2 = GCNConv(16, cora.classCount, seed: 1)
let opt = Adam(conv1.parameters() + conv2.parameters(), lr: 0.01, weightDecay: 0.0005)
let labels = split.train.map { cora.labels[$0] }
let gcn = TrainingLoop.run(epochs: 50, label: "GCN on Cora") { epoch in
    opt.zeroGrad()
    let logits = conv2(conv1(cora.x!, graph: cora.graph!).relu(), graph: cora.graph!)
    let loss = Loss.crossEntropy(logits.indexSelect(split.train), labels)
    loss.backward()
    opt.step()
    return ["loss": loss.value]
}
gcn.plot()"""),
    ("md", """## The four papers, one cell each
Each paper has its own notebook (`enfa.ipynb`, `lon-gnn.ipynb`, `asymkv.ipynb`,
`unicron.ipynb`); here is a taste of each.

**LON-GNN** learns a spectral filter in an orthonormal Jacobi basis; these are its first
basis functions for Cora's published starting point:"""),
    ("code", "Jacobi.basisPlot(a: -0.25, b: -0.5, order: 5)"),
    ("md", """**ENFA** computes a subgraph GNN exactly on ego nets instead of whole-graph copies. How
much smaller the prepared bags of 30 ZINC molecules are, for a 4-layer model:"""),
    ("code", """let zinc = Datasets.load("zinc")
let bags = PreparedBags(zinc.prefix(30), policy: .nodeMarked, layers: 4)
print(bags.conventionalBytes, "bytes →", bags.compactBytes, "bytes:", (1000 * bags.reduction).rounded() / 10, "% less")"""),
    ("md", """**AsymKV** quantises the KV cache of a transformer down to one bit, keys more gently than
values. A character-level model trained by this library on Shakespeare, generating through a
cache whose values are stored in 1 bit:"""),
    ("code", """let lm = CharLanguageModel.load()
let cache = KVQuantConfig.asymKV(keyLayers: lm.layers, valueLayers: 0, layers: lm.layers, residual: 32)
print(lm.generate("ROMEO:", count: 160, seed: 0, cache: cache))"""),
    ("md", """**Unicron** keeps LLM training efficient on a cluster where things fail. Its planner shares
four nodes of eight GPUs between two GPT-3 tasks:"""),
    ("code", """let cluster = Cluster(nodes: 4)
let small = cluster.submit("1.3B")
let big = cluster.submit("13B")
cluster.lastPlan!"""),
]


def main() -> None:
    write(CELLS, "notebooks/tour.ipynb", "tour")


if __name__ == "__main__":
    main()
