"""Writes notebooks/enfa.ipynb from the cells below (run from the repository root).

ENFA (Tao et al. 2024): a subgraph GNN computed exactly on ego nets. The notebook shows the
pivot hops of one subgraph, checks exactness, compares storage and epoch time of the two
forms, and trains both models side by side. Outputs are not stored.
"""
from notebook_builder import write

CELLS = [
    ("md", """# ENFA: exact ego-net acceleration of subgraph GNNs

A subgraph GNN (DS-/DSS-GNN, as in ESAN) runs the same GIN on every subgraph of a bag: with
the node-marked policy, one copy of the graph per node, with that node marked. After *t* layers
a node's embedding only depends on what lies within *t* hops of it, so in subgraph *i* every node
farther than *t* hops from the *pivot* (the marked node, or the ends of a removed edge) has the
same embedding as in the original graph. ENFA stores only the ego net of radius *L* around the
pivot plus one copied ring, runs the original graph once, copies the rows it does not need to
compute, and corrects the readouts, giving the same outputs with less storage and time."""),
    ("code", """let quick = true   // false: the full protocol (all of ZINC, ESAN's 400 epochs; hours on a laptop)
let trainGraphs = quick ? 40 : 10000
let epochs = quick ? 3 : 400"""),
    ("md", """## One subgraph's pivot hops
A ZINC molecule under the node-marked policy, subgraph of centre 0, for a 2-layer model: the
ego net (hop ≤ L, rows computed explicitly), the copied ring (hop L + 1, rows copied from the
original-graph pass) and the rest (not stored at all)."""),
    ("code", """let zinc = Datasets.load("zinc")
let sample = zinc[5]
let g = sample.graph
let L = 2
let ego = EgoNetBag(sample, policy: .nodeMarked, layers: L)
let stored = ego.storedNodes(0), hops = ego.storedHops(0)
let layout = GraphLayout.spring(g, seed: 1)
let xs = layout.x, ys = layout.y
var hopOf = [Int](repeating: -1, count: g.nodeCount)
for (v, h) in zip(stored, hops) { hopOf[v] = h }
let picture = Figure(width: 560, height: 460)
for (s, t) in zip(g.edgeIndex[0], g.edgeIndex[1]) where s < t {
    picture.axes.line([xs[s], xs[t]], [ys[s], ys[t]], color: "#bbbbbb", width: 1.5)
}
let groups = [("centre (pivot, hop 0)", "#d62728", { (h: Int) in h == 0 }),
              ("ego net, computed (hop 1…L)", "#1f77b4", { (h: Int) in h >= 1 && h <= L }),
              ("ring, copied rows (hop L+1)", "#ff7f0e", { (h: Int) in h == L + 1 }),
              ("not stored", "#999999", { (h: Int) in h < 0 })]
for (label, colour, keep) in groups {
    let nodes = (0..<g.nodeCount).filter { keep(hopOf[$0]) }
    picture.axes.scatter(nodes.map { xs[$0] }, nodes.map { ys[$0] }, label: label, color: colour, size: 11)
}
picture.axes.title("ZINC graph 5, node-marked subgraph of node 0, L = \\(L)")
picture.axes.legend("lowerRight")
print("stored \\(stored.count) of \\(g.nodeCount) nodes for this subgraph")
picture"""),
    ("md", """## Exactness
Two models with the same seed, one run conventionally and one through ENFA: outputs, gradients
and batch-norm running statistics (training mode, where ENFA weights each original-graph row by
the number of subgraph rows it stands for)."""),
    ("code", """let few = zinc.prefix(3)
for policy in [SubgraphPolicy.nodeMarked, .nodeDeleted, .edgeDeleted, .egoNets(2), .egoNetsPlus(2)] {
    let m = SubgraphGNN(policy: policy, inputFeatures: zinc.featureCount, layers: 3, hidden: 16, edgeFeatures: 4, architecture: "dss")
    let r = ENFA(m).exactness(on: few, training: true)
    print(policy, r)
}"""),
    ("md", """## Storage
Bytes of the prepared bags (every array counted), conventional against ENFA's compact form, on
ZINC graphs with a 4-layer model. Ego-net policies change the edges of almost every node outside
the ego net, so nearly every node is a pivot and ENFA has little to skip there."""),
    ("code", """let storageGraphs = zinc.prefix(quick ? 30 : 2000)
let policies = [SubgraphPolicy.nodeMarked, .nodeDeleted, .edgeDeleted, .egoNets(2), .egoNetsPlus(2)]
var reductions: [Double] = []
for p in policies {
    let b = PreparedBags(storageGraphs, policy: p, layers: 4)
    reductions.append(100 * b.reduction)
    print(p, b.conventionalBytes, "→", b.compactBytes, "bytes")
}
let storageBars = Figure(width: 640, height: 320)
storageBars.axes.bar(policies.map { $0.description }, reductions, label: "storage reduction (%)")
storageBars.axes.horizontalLine(at: 29.0, label: "paper: 29.0%")
storageBars.axes.horizontalLine(at: 84.5, label: "paper: 84.5%")
storageBars.axes.title("Storage (bytes) saved by ENFA, ZINC, L = 4")
storageBars.axes.legend("lowerRight")
storageBars"""),
    ("md", """## Training both models
The same configuration and seed, one trainer per form: they see the same batches, so the loss
curves lie on top of each other while ENFA's epochs are shorter."""),
    ("measured", """let split = zinc.split(.standard)
let train = Array(split.train.prefix(trainGraphs)), test = Array(split.test.prefix(quick ? 24 : 1000))
let used = train + test
let bags = PreparedBags(used.map { zinc[$0] }, policy: .nodeMarked, layers: 4)
let trainIdx = Array(0..<train.count), testIdx = Array(train.count..<used.count)
var runs: [SubgraphTrainingRun] = []
for form in ["conventional", "enfa"] {
    let model = SubgraphGNN(policy: .nodeMarked, inputFeatures: zinc.featureCount, layers: 4, hidden: 64, edgeFeatures: 4, seed: 0)
    let trainer = SubgraphTrainer(model: model, form: form, lr: 0.001, batchSize: 32, seed: 0)
    runs.append(trainer.fit(bags, train: trainIdx, test: testIdx, epochs: epochs))
}
for r in runs { print(r) }"""),
    ("code", """let curves = Figure(width: 640, height: 340)
let epochAxis = (1...epochs).map { Double($0) }
curves.axes.line(epochAxis, runs[0].losses, label: "conventional", width: 5)
curves.axes.line(epochAxis, runs[1].losses, label: "ENFA", width: 1.5, style: "dashed")
curves.axes.title("Training loss (L1) on ZINC: the two curves coincide")
curves.axes.xLabel("epoch")
curves"""),
    ("measured", """let speed = Figure(width: 520, height: 320)
speed.axes.bar(["conventional", "ENFA"], [runs[0].medianEpochCPUSeconds, runs[1].medianEpochCPUSeconds], label: "CPU s / epoch")
speed.axes.title(String(format: "Epoch time (CPU): ENFA %.2fx faster", runs[0].medianEpochCPUSeconds / runs[1].medianEpochCPUSeconds))
speed"""),
]


def main() -> None:
    write(CELLS, "notebooks/enfa.ipynb", "enfa")


if __name__ == "__main__":
    main()
