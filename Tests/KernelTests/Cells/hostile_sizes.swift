// Models sized beyond this machine's memory are refused before anything is allocated.
let model = LONGNN(features: 141000003, classes: 7, dataset: "cora", seed: 0)
// expect error: would need
// ---
let mlp = MLP([100000000, 100000])
// expect error: half of this machine's memory
// ---
let cheb = ChebNet(features: 50000000, classes: 7)
// expect error: would need
// ---
// The session is intact afterwards.
let small = MLP([4, 3, 2])
print(small.parameterCount)
// expect: 23
// ---
let wide = Linear(100000000, 100000)
// expect error: would need
// ---
let conv = GCNConv(3000000000, 3000000000)
// expect error: more than 2^63 bytes
// ---
let cluster = Cluster(nodes: 1000000000000, gpusPerNode: 8)
// expect error: larger than the 65536 the planner handles
// ---
let config = KVQuantConfig.float(layers: -3)
// expect error: layers must be in 1...4096
// ---
print(small.parameterCount)
// expect: 23
