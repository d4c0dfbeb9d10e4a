let mutag = Datasets.load("mutag")
let graphs = mutag.prefix(4)
let subs = SubgraphPolicy.nodeMarked.subgraphs(of: graphs[0].graph)
print(subs.count == graphs[0].graph.nodeCount, subs[2].markedNode!, SubgraphPolicy.egoNetsPlus(2))
// expect: true 2 ego-nets+(2)
// ---
let model = SubgraphGNN(policy: .nodeMarked, inputFeatures: mutag.featureCount, classes: 2, layers: 2, hidden: 8, architecture: "dss")
let fast = ENFA(model)
let report = fast.exactness(on: graphs, training: true)
print(report.outputError < 1e-5, report.runningStatisticsError < 1e-5, fast.model.layers)
// expect: true true 2
// ---
let bags = PreparedBags(graphs, policy: .nodeMarked, layers: 2)
let ego = EgoNetBag(graphs[0], policy: .nodeMarked, layers: 2)
print(bags.count, bags.compactBytes < bags.conventionalBytes, ego.storedHops(0).first!, ego.storedHops(0).max()!)
// expect: 4 true 0 3
// ---
let trainer = SubgraphTrainer(model: model, form: "enfa", lr: 0.01, batchSize: 2, seed: 0)
let run = trainer.fit(bags, train: [0, 1, 2], test: [3], epochs: 2)
print(run.losses.count, run.metrics.count, run.epochSeconds.count)
// expect: 2 2 2
// ---
SubgraphPolicy.egoNets(-1)
// expect error: radius must be >= 0
// ---
SubgraphTrainer(model: model, form: "fast")
// expect error: form must be "conventional" or "enfa"
// ---
let cases = ExactnessSuite.run(dataset: "csl")
var agreeing = 0, exactIn64 = 0
for c in cases {
    if c.dtype == "float32" && c.report.agrees(within: 1e-5) { agreeing += 1 }
    if c.dtype == "float64" && c.report.globalGradientError < 1e-5 && c.report.outputError < 1e-5 { exactIn64 += 1 }
}
print(cases.count, agreeing, exactIn64, cases[0].report.enfaFromExact! < 1e-4, cases[1].dtype, cases[2].report.conventionalFromExact == nil)
// expect: 20 10 10 true float32 true
