import ENFA
import Lib
import Plotting

// MARK: - ENFA: subgraph policies, subgraph GNNs, ENFA's exact ego-net form, storage, training

extension Bindings {
    func registerENFA() {
        type(SubgraphPolicy.self, name: "SubgraphPolicy",
             doc: "How a graph becomes a bag of subgraphs: .nodeMarked, .nodeDeleted, .edgeDeleted, .egoNets(k), .egoNetsPlus(k).")
        type(PolicySubgraph.self, name: "PolicySubgraph", doc: "One subgraph of a policy: kept edges, marked centre and pivots.")
        type(SubgraphGNN.self, name: "SubgraphGNN", doc: "DS-/DSS-GNN with GIN layers, batch norm, jumping knowledge, subgraph pooling and a graph head.")
        type(ENFA.self, name: "ENFA", doc: "A SubgraphGNN computed exactly on ego nets (shares the model's weights).")
        type(SubgraphBag.self, name: "SubgraphBag", doc: "The conventional bag of one graph: every subgraph with all n nodes.")
        type(EgoNetBag.self, name: "EgoNetBag", doc: "ENFA's compact bag of one graph: ego nets with pivot hops plus the original graph once.")
        type(PreparedBags.self, name: "PreparedBags", doc: "Bags of many graphs in both forms, with their storage in bytes.")
        type(SubgraphTrainer.self, name: "SubgraphTrainer", doc: "Trains a SubgraphGNN on the conventional or the ENFA form with Adam.")
        type(SubgraphTrainingRun.self, name: "SubgraphTrainingRun", doc: "Losses, test metrics and epoch times of a training run.")
        type(ExactnessReport.self, name: "ExactnessReport", doc: "How far ENFA's outputs and gradients are from the conventional model's.")
        builtinType("ExactnessSuite", doc: "ENFA against the conventional model on every shipped graph dataset and policy: ExactnessSuite.run(dataset: \"csl\").")
        type(ExactnessSuite.Case.self, name: "ExactnessCase", doc: "One comparison of the exactness suite: dataset, policy, dtype, mode and report.")

        // Policies
        for (name, p) in [("nodeMarked", SubgraphPolicy.nodeMarked), ("nodeDeleted", .nodeDeleted), ("edgeDeleted", .edgeDeleted)] {
            staticProperty("\(name): SubgraphPolicy", on: "SubgraphPolicy", doc: "The \(p) policy.") { [unowned self] in self.wrap(p) }
        }
        staticMethod("egoNets(_ k: Int) -> SubgraphPolicy", on: "SubgraphPolicy", doc: "Ego nets of radius k around every node.") { a in
            let k = try a.int(0)
            guard k >= 0 else { throw RuntimeError.value("egoNets: the radius must be >= 0, got \(k)") }
            return a.wrap(SubgraphPolicy.egoNets(k))
        }
        staticMethod("egoNetsPlus(_ k: Int) -> SubgraphPolicy", on: "SubgraphPolicy", doc: "Ego nets of radius k with the centre marked.") { a in
            let k = try a.int(0)
            guard k >= 0 else { throw RuntimeError.value("egoNetsPlus: the radius must be >= 0, got \(k)") }
            return a.wrap(SubgraphPolicy.egoNetsPlus(k))
        }
        staticMethod("named(_ name: String) -> SubgraphPolicy", on: "SubgraphPolicy",
                     doc: "A policy by name: \"node-marked\", \"node-deleted\", \"edge-deleted\", \"ego-nets(2)\", \"ego-nets+(2)\".") { a in
            a.wrap(try SubgraphPolicy.named(try a.string(0)))
        }
        property("description: String", on: SubgraphPolicy.self, doc: "The policy's name.") { p in .string(p.description) }
        method("subgraphs(of graph: Graph) -> [PolicySubgraph]", on: SubgraphPolicy.self, doc: "The policy's subgraphs of a graph, in order.") { p, a in
            .array(try p.subgraphs(of: try a.native(0, as: Graph.self)).map { a.wrap($0) })
        }
        property("keptEdges: [Int]", on: PolicySubgraph.self, doc: "Ids of the graph's edges the subgraph keeps.") { s in LibraryValues.array(s.keptEdges) }
        property("markedNode: Int?", on: PolicySubgraph.self, doc: "The marked centre, if the policy marks one.") { s in
            s.markedNode.map { .some(.int($0)) } ?? .none
        }
        method("pivotHops(in graph: Graph) -> [Int]", on: PolicySubgraph.self,
               doc: "Pivot hop r(v) of every node (-1 when no pivot is reachable): after t layers rows with r > t equal the original graph's.") { s, a in
            LibraryValues.array(s.pivotHops(in: try a.native(0, as: Graph.self)).map { $0 == Int.max ? -1 : $0 })
        }

        // Models
        initializer("init(policy: SubgraphPolicy, inputFeatures: Int, classes: Int = 0, layers: Int = 4, hidden: Int = 64, edgeFeatures: Int = 0, "
                    + "architecture: String = \"ds\", jumpingKnowledge: String = \"last\", pooling: String = \"sum\", setAggregation: String = \"mean\", seed: Int = 0)",
                    on: "SubgraphGNN",
                    doc: "A subgraph GNN; classes 0 means regression (L1), otherwise classification. architecture \"ds\" or \"dss\", "
                        + "jumpingKnowledge \"last\" or \"concat\", pooling and setAggregation \"sum\" or \"mean\".") { a in
            let classes = try a.int(2)
            var c = SubgraphGNNConfiguration(policy: try a.native(0, as: SubgraphPolicy.self), inputFeatures: try a.int(1),
                                             task: classes > 0 ? .classification(classes: classes) : .regression)
            c.layers = try a.int(3)
            c.hidden = try a.int(4)
            c.edgeFeatures = try a.int(5)
            guard let arch = SubgraphGNNConfiguration.Architecture(rawValue: try a.string(6)) else {
                throw RuntimeError.value("architecture must be \"ds\" or \"dss\", got \"\(try a.string(6))\"")
            }
            guard let jk = SubgraphGNNConfiguration.JumpingKnowledge(rawValue: try a.string(7)) else {
                throw RuntimeError.value("jumpingKnowledge must be \"last\" or \"concat\", got \"\(try a.string(7))\"")
            }
            guard let pool = SubgraphGNNConfiguration.Pooling(rawValue: try a.string(8)),
                  let set = SubgraphGNNConfiguration.Pooling(rawValue: try a.string(9)) else {
                throw RuntimeError.value("pooling and setAggregation must be \"sum\" or \"mean\"")
            }
            c.architecture = arch; c.jumpingKnowledge = jk; c.subgraphPooling = pool; c.setAggregation = set
            c.seed = try a.int(10)
            return a.wrap(try SubgraphGNN(c))
        }
        property("parameterCount: Int", on: SubgraphGNN.self, doc: "Trainable scalars.") { m in .int(m.parameterCount) }
        property("policy: SubgraphPolicy", on: SubgraphGNN.self, doc: "The model's subgraph policy.") { [unowned self] m in self.wrap(m.configuration.policy) }
        property("layers: Int", on: SubgraphGNN.self, doc: "GIN layers.") { m in .int(m.configuration.layers) }
        property("description: String", on: SubgraphGNN.self, doc: "Architecture, policy, layers and width.") { m in
            let c = m.configuration
            return .string("SubgraphGNN(\(c.architecture.rawValue.uppercased()), \(c.policy), \(c.layers) layers × \(c.hidden), \(m.parameterCount) parameters)")
        }
        initializer("init(_ model: SubgraphGNN)", on: "ENFA", doc: "ENFA over a subgraph GNN, sharing its weights.") { a in
            a.wrap(ENFA(try a.native(0, as: SubgraphGNN.self)))
        }
        property("model: SubgraphGNN", on: ENFA.self, doc: "The wrapped model.") { [unowned self] f in self.wrap(f.model) }
        method("exactness(on graphs: [GraphSample], training: Bool = false) -> ExactnessReport", on: ENFA.self,
               doc: "Compares ENFA with the conventional model (same configuration and seed) on the graphs: outputs, gradients, batch-norm statistics.") { f, a in
            a.wrap(try ENFA.exactness(f.configuration, on: try Bindings.samples(a[0]), training: try a.bool(1)))
        }
        property("outputError: Double", on: ExactnessReport.self, doc: "max |ENFA − conventional| / max |conventional| over the outputs.") { r in .double(r.outputError) }
        property("gradientError: Double", on: ExactnessReport.self, doc: "Largest per-parameter relative gradient difference.") { r in .double(r.gradientError) }
        property("globalGradientError: Double", on: ExactnessReport.self, doc: "Largest gradient difference over the largest gradient.") { r in .double(r.globalGradientError) }
        property("runningStatisticsError: Double", on: ExactnessReport.self, doc: "Relative difference of the batch-norm running statistics.") { r in .double(r.runningStatisticsError) }
        property("description: String", on: ExactnessReport.self, doc: "All errors in one line.") { r in .string(r.description) }
        property("conventionalFromExact: Double?", on: ExactnessReport.self,
                 doc: "Float32 only: the conventional model's gradients against the same model in Float64 (largest difference over the largest gradient).") { r in
            r.reference.map { .some(.double($0.conventionalGradients)) } ?? .none
        }
        property("enfaFromExact: Double?", on: ExactnessReport.self,
                 doc: "Float32 only: ENFA's gradients against the conventional model in Float64.") { r in
            r.reference.map { .some(.double($0.enfaGradients)) } ?? .none
        }
        method("agrees(within tolerance: Double) -> Bool", on: ExactnessReport.self,
               doc: "Agreement within the tolerance; or (Float32) ENFA within it of exact arithmetic, or, where the conventional model is itself farther, ENFA at most four times as far.") { r, a in
            .bool(r.agrees(within: try a.double(0)))
        }
        staticMethod("run(dataset: String) -> [ExactnessCase]", on: "ExactnessSuite",
                     doc: "Every policy on two small graphs of the dataset, in Float32 and Float64, training and evaluation mode.") { a in
            .array(try ExactnessSuite.run(dataset: try a.string(0)).map { a.wrap($0) })
        }
        property("dataset: String", on: ExactnessSuite.Case.self, doc: "The dataset's name.") { c in .string(c.dataset) }
        property("policy: SubgraphPolicy", on: ExactnessSuite.Case.self, doc: "The subgraph policy.") { [unowned self] c in self.wrap(c.configuration.policy) }
        property("dtype: String", on: ExactnessSuite.Case.self, doc: "\"float32\" or \"float64\".") { c in .string(c.configuration.dtype.description) }
        property("training: Bool", on: ExactnessSuite.Case.self, doc: "Training mode (batch statistics) or evaluation mode.") { c in .bool(c.training) }
        property("report: ExactnessReport", on: ExactnessSuite.Case.self, doc: "What the comparison measured.") { [unowned self] c in self.wrap(c.report) }

        // Bags and storage
        initializer("init(_ graph: GraphSample, policy: SubgraphPolicy)", on: "SubgraphBag", doc: "The conventional bag of one graph.") { a in
            a.wrap(try SubgraphBag(try a.native(0, as: GraphSample.self), policy: try a.native(1, as: SubgraphPolicy.self)))
        }
        property("storageBytes: Int", on: SubgraphBag.self, doc: "Bytes of the bag's arrays.") { b in .int(b.storageBytes) }
        property("subgraphCount: Int", on: SubgraphBag.self, doc: "Subgraphs in the bag.") { b in .int(b.subgraphCount) }
        initializer("init(_ graph: GraphSample, policy: SubgraphPolicy, layers: Int)", on: "EgoNetBag",
                    doc: "ENFA's compact bag of one graph for an L-layer model.") { a in
            a.wrap(try EgoNetBag(try a.native(0, as: GraphSample.self), policy: try a.native(1, as: SubgraphPolicy.self), layers: try a.int(2)))
        }
        property("storageBytes: Int", on: EgoNetBag.self, doc: "Bytes of the compact form.") { b in .int(b.storageBytes) }
        property("subgraphCount: Int", on: EgoNetBag.self, doc: "Subgraphs in the bag.") { b in .int(b.subgraphCount) }
        method("storedNodes(_ i: Int) -> [Int]", on: EgoNetBag.self, doc: "Original ids of subgraph i's stored nodes (ego net and ring), by hop.") { b, a in
            let i = try Bindings.subgraphIndex(try a.int(0), b.subgraphCount)
            return LibraryValues.array(Array(b.nodes[b.nodePointers[i]..<b.nodePointers[i + 1]]))
        }
        method("storedHops(_ i: Int) -> [Int]", on: EgoNetBag.self, doc: "Pivot hops of subgraph i's stored nodes (L + 1: the copied ring).") { b, a in
            let i = try Bindings.subgraphIndex(try a.int(0), b.subgraphCount)
            return LibraryValues.array(b.hops[b.nodePointers[i]..<b.nodePointers[i + 1]].map { Int($0) })
        }
        initializer("init(_ graphs: [GraphSample], policy: SubgraphPolicy, layers: Int)", on: "PreparedBags",
                    doc: "Both forms of the bags of many graphs.") { a in
            let samples = try Bindings.samples(a[0])
            return a.wrap(try PreparedBags(samples, policy: try a.native(1, as: SubgraphPolicy.self), layers: try a.int(2)))
        }
        property("conventionalBytes: Int", on: PreparedBags.self, doc: "Bytes of all conventional bags.") { b in .int(b.conventionalBytes) }
        property("compactBytes: Int", on: PreparedBags.self, doc: "Bytes of all compact (ENFA) bags.") { b in .int(b.compactBytes) }
        property("reduction: Double", on: PreparedBags.self, doc: "1 − compact / conventional.") { b in .double(b.reduction) }
        property("count: Int", on: PreparedBags.self, doc: "Number of graphs.") { b in .int(b.count) }

        builtinType("GraphLayout", doc: "Node positions for drawing graphs: GraphLayout.spring(graph, seed:) → (x, y).")
        staticMethod("spring(_ graph: Graph, iterations: Int = 200, seed: Int = 0) -> (x: [Double], y: [Double])", on: "GraphLayout",
                     doc: "A seeded force-directed layout; positions in about [-1, 1].") { a in
            let p = GraphLayout.spring(try a.native(0, as: Graph.self), iterations: max(try a.int(1), 1), seed: try a.int(2))
            return .tuple(TupleValue([LibraryValues.array(p.x), LibraryValues.array(p.y)], labels: ["x", "y"]))
        }

        // Training
        initializer("init(model: SubgraphGNN, form: String = \"enfa\", lr: Double = 0.001, batchSize: Int = 128, seed: Int = 0)", on: "SubgraphTrainer",
                    doc: "A trainer on the \"conventional\" or \"enfa\" form; two trainers with the same seed see the same batches.") { a in
            guard let form = BagForm(rawValue: try a.string(1)) else {
                throw RuntimeError.value("form must be \"conventional\" or \"enfa\", got \"\(try a.string(1))\"")
            }
            return a.wrap(SubgraphTrainer(model: try a.native(0, as: SubgraphGNN.self), form: form, lr: try a.double(2),
                                          batchSize: try a.int(3), seed: try a.int(4)))
        }
        method("fit(_ bags: PreparedBags, train: [Int], test: [Int], epochs: Int) -> SubgraphTrainingRun", on: SubgraphTrainer.self,
               doc: "Trains for `epochs`, testing after each; progress shows live and the loop honours interrupts.") { [unowned self] t, a in
            let bags = try a.native(0, as: PreparedBags.self)
            let train = try LibraryValues.ints(a[1]), test = try LibraryValues.ints(a[2]), epochs = try a.int(3)
            for i in train + test where i < 0 || i >= bags.count {
                throw RuntimeError.value("graph index \(i) is outside the prepared bags (0..<\(bags.count))")
            }
            let run = try self.withLiveProgress { try t.fit(bags, train: train, test: test, epochs: epochs) }
            return a.wrap(run)
        }
        property("losses: [Double]", on: SubgraphTrainingRun.self, doc: "Mean training loss per epoch.") { r in LibraryValues.array(r.losses) }
        property("metrics: [Double]", on: SubgraphTrainingRun.self, doc: "Test MAE or accuracy per epoch.") { r in LibraryValues.array(r.metrics) }
        property("epochSeconds: [Double]", on: SubgraphTrainingRun.self, doc: "Wall seconds per epoch.") { r in LibraryValues.array(r.epochSeconds) }
        property("epochCPUSeconds: [Double]", on: SubgraphTrainingRun.self, doc: "Process CPU seconds per epoch.") { r in LibraryValues.array(r.epochCPUSeconds) }
        property("medianEpochSeconds: Double", on: SubgraphTrainingRun.self, doc: "Median wall seconds per epoch.") { r in .double(r.medianEpochSeconds) }
        property("medianEpochCPUSeconds: Double", on: SubgraphTrainingRun.self, doc: "Median CPU seconds per epoch.") { r in .double(r.medianEpochCPUSeconds) }
        property("description: String", on: SubgraphTrainingRun.self, doc: "Epochs, last loss and metric, time per epoch.") { r in .string(r.description) }
    }

    /// `[GraphSample]` from a cell value.
    static func samples(_ v: Value) throws -> [GraphSample] {
        guard case .array(let items) = v else { throw RuntimeError.type("expected [GraphSample], got \(typeName(v))") }
        return try items.map {
            guard let s = $0.native(as: GraphSample.self) else { throw RuntimeError.type("expected GraphSample, got \(typeName($0))") }
            return s
        }
    }

    /// A subgraph index checked against the bag.
    static func subgraphIndex(_ i: Int, _ count: Int) throws -> Int {
        guard i >= 0, i < count else { throw RuntimeError.value("subgraph \(i) is outside 0..<\(count)") }
        return i
    }
}
