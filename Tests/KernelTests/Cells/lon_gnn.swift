let p = Jacobi.values(order: 2, a: 0.0, b: 0.0, at: 0.5)
print(p)
// expect: [1.0, 0.5, -0.125]
print(Jacobi.normSquared(k: 2, a: 0, b: 0) == 0.4, Jacobi.orthonormalValues(order: 1, a: 0, b: 0, at: 1.0).count)
// expect: true 2
// ---
Jacobi.values(order: 3, a: -1.5, b: 0.0, at: 0.2)
// expect error: a > -1
// ---
let model = LONGNN(features: 1433, classes: 7, dataset: "cora", seed: 0)
print(model.name, model.a!, model.b!, model.filterResponse(at: [0.0, 1.0, 2.0]).count)
// expect: LON-GNN -0.25 -0.5 7
// ---
let jc = JacobiConv(features: 10, classes: 3, officialSign: true)
print(jc.name, jc.a!, jc.filterResponse(at: [0.5]).map { $0.count })
// expect: JacobiConv 2.0 [1, 1, 1]
print(SpectralModels.names)
// expect: ["LON-GNN", "JacobiConv", "GPR-GNN", "BernNet", "ChebNet"]
// ---
let texas = Datasets.load("texas")
let m = SpectralModels.make("LON-GNN", for: texas, seed: 0)
let run = m.fit(texas, split: .dense(seed: 0), epochs: 5, patience: 200)
print(run.epochs, run.history["loss"].count, run.testAccuracy >= 0, run.testAccuracy <= 1)
// expect: 5 5 true true
print(m.filterPlot().description.hasPrefix("Figure"), run.plot().description.hasPrefix("Figure"))
// expect: true true
// ---
SpectralModels.make("LON-GNN", for: Datasets.load("pubmed"))
// expect error: this file has none
