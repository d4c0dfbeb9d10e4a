import Lib

// MARK: - Datasets: loading by name, sizes, features, labels, splits

extension Bindings {
    func registerDatasets() {
        builtinType("Datasets", doc: "The datasets of the data/ directory, by name: Datasets.load(\"cora\"); Datasets.names lists them.")
        type(Dataset.self, name: "Dataset", doc: "A loaded dataset: one graph with node features and labels, many graphs, images or text.")
        type(GraphSample.self, name: "GraphSample", doc: "One graph of a graph-level dataset with its features, label and target.")
        type(Split.self, name: "Split", doc: "How to divide a dataset: .dense(seed:), .standard, .geomGCN(i) or .kFold(k:fold:seed:).")
        type(SplitIndices.self, name: "SplitIndices", doc: "The node (or graph) indices of the train, validation and test parts.")
        staticMethod("load(_ name: String) -> Dataset", on: "Datasets",
                     doc: "Loads a dataset by name (case-insensitive; cached). An unknown name is an error listing the known ones.") { a in
            a.wrap(try Datasets.load(try a.string(0)))
        }
        staticProperty("names: [String]", on: "Datasets", doc: "Every known dataset name.") { LibraryValues.array(Datasets.names) }
        property("name: String", on: Dataset.self, doc: "The dataset's name.") { d in .string(d.name) }
        property("kind: String", on: Dataset.self, doc: "nodeClassification, graphClassification, graphRegression, images or text.") { d in .string(d.kind.rawValue) }
        property("nodeCount: Int", on: Dataset.self, doc: "Nodes of the graph, or of all graphs together.") { d in .int(d.nodeCount) }
        property("edgeCount: Int", on: Dataset.self, doc: "Directed edges of the graph, or of all graphs together.") { d in .int(d.edgeCount) }
        property("featureCount: Int", on: Dataset.self, doc: "Width of the node features (0 when there are none).") { d in .int(d.featureCount) }
        property("classCount: Int", on: Dataset.self, doc: "Number of classes (0 for regression).") { d in .int(d.classCount) }
        property("count: Int", on: Dataset.self, doc: "Number of graphs (1 for node-level datasets).") { d in .int(d.count) }
        property("classSizes: [Int]", on: Dataset.self, doc: "Items per class.") { d in LibraryValues.array(d.classSizes) }
        property("labels: [Int]", on: Dataset.self, doc: "Class of each node (node-level) or graph (graph-level).") { d in LibraryValues.array(d.labels) }
        property("graph: Graph?", on: Dataset.self, doc: "The graph of a node-level dataset, nil otherwise.") { [unowned self] d in
            d.graph.map { .some(self.wrap($0)) } ?? .none
        }
        property("x: Tensor?", on: Dataset.self, doc: "Node features [nodes, features] of a node-level dataset, nil otherwise.") { [unowned self] d in
            d.x.map { .some(self.wrap($0)) } ?? .none
        }
        property("edgeIndex: [[Int]]", on: Dataset.self, doc: "[sources, targets] of a node-level dataset's graph (empty otherwise).") { d in
            guard let g = d.graph else { return .array([]) }
            return .array([LibraryValues.array(g.sources), LibraryValues.array(g.targets)])
        }
        property("text: String?", on: Dataset.self, doc: "The text of a text dataset, nil otherwise.") { d in d.text.map { .some(.string($0)) } ?? .none }
        property("description: String", on: Dataset.self, doc: "A one-line summary with the counts.") { d in .string(d.description) }
        method("split(_ split: Split) -> SplitIndices", on: Dataset.self, doc: "The indices of each part of a split, e.g. cora.split(.dense(seed: 0)).") { d, a in
            a.wrap(try d.split(try a.native(0, as: Split.self)))
        }
        method("prefix(_ n: Int) -> [GraphSample]", on: Dataset.self, doc: "The first n graphs of a graph-level dataset.") { d, a in
            .array(d.prefix(max(0, try a.int(0))).map { a.wrap($0) })
        }
        subscriptGetter("subscript(_ i: Int) -> GraphSample", on: "Dataset", doc: "Graph i of a graph-level dataset.") { [unowned self] v, a in
            guard let d = v.native(as: Dataset.self) else { throw RuntimeError.type("expected Dataset, got \(typeName(v))") }
            guard case .int(let i) = a[0], a.count == 1 else { throw RuntimeError.type("a dataset is indexed with one Int") }
            return try libraryCall { self.wrap(try d[i]) }
        }
        method("batch(_ indices: [Int]) -> GraphMiniBatch", on: Dataset.self, doc: "The graphs at `indices` joined into one mini-batch.") { d, a in
            a.wrap(try d.batch(try LibraryValues.ints(a[0], what: "indices")))
        }
        property("targets: Tensor", on: Dataset.self, doc: "Regression targets of a graph-level dataset, one per graph.") { [unowned self] d in self.wrap(d.targets) }
        type(GraphMiniBatch.self, name: "GraphMiniBatch", doc: "Several graphs joined into one block-diagonal graph for one forward pass.")
        type(GraphBatch.self, name: "GraphBatch", doc: "The block-diagonal graph of a mini-batch with its pooling helpers.")
        property("x: Tensor", on: GraphMiniBatch.self, doc: "Node features of all graphs, stacked.") { [unowned self] b in self.wrap(b.x) }
        property("labels: [Int]", on: GraphMiniBatch.self, doc: "The class of each graph.") { b in LibraryValues.array(b.labels) }
        property("targets: Tensor", on: GraphMiniBatch.self, doc: "The regression target of each graph.") { [unowned self] b in self.wrap(b.targets) }
        property("graph: Graph", on: GraphMiniBatch.self, doc: "The disjoint union of the graphs.") { [unowned self] b in self.wrap(b.batch.graph) }
        property("batch: GraphBatch", on: GraphMiniBatch.self, doc: "The block-diagonal graph and pooling helpers.") { [unowned self] b in self.wrap(b.batch) }
        property("count: Int", on: GraphBatch.self, doc: "Number of graphs.") { b in .int(b.count) }
        property("graph: Graph", on: GraphBatch.self, doc: "The disjoint union of the graphs.") { [unowned self] b in self.wrap(b.graph) }
        property("batch: [Int]", on: GraphBatch.self, doc: "The graph index of every node.") { b in LibraryValues.array(b.batch) }
        method("sumPool(_ x: Tensor) -> Tensor", on: GraphBatch.self, doc: "Sums node rows per graph: [nodes, F] → [graphs, F].") { b, a in
            a.wrap(try b.sumPool(try LibraryValues.tensor(a[0])))
        }
        method("meanPool(_ x: Tensor) -> Tensor", on: GraphBatch.self, doc: "Averages node rows per graph: [nodes, F] → [graphs, F].") { b, a in
            a.wrap(try b.meanPool(try LibraryValues.tensor(a[0])))
        }
        property("graph: Graph", on: GraphSample.self, doc: "The graph.") { [unowned self] s in self.wrap(s.graph) }
        property("x: Tensor", on: GraphSample.self, doc: "Node features.") { [unowned self] s in self.wrap(s.x) }
        property("label: Int", on: GraphSample.self, doc: "The class (graph classification).") { s in .int(s.label) }
        property("target: Double", on: GraphSample.self, doc: "The regression target (graph regression).") { s in .double(s.target) }
        // Splits
        staticMethod("dense(seed: Int, train: Double = 0.6, validation: Double = 0.2) -> Split", on: "Split",
                     doc: "A random class-stratified split (60/20/20 by default) with a seed.") { a in
            a.wrap(Split.dense(seed: try a.int(0), train: try a.double(1), validation: try a.double(2)))
        }
        staticProperty("standard: Split", on: "Split", doc: "The split stored in the file (Planetoid public split, ZINC's official split).") { [unowned self] in
            self.wrap(Split.standard)
        }
        staticMethod("geomGCN(_ index: Int) -> Split", on: "Split", doc: "The i-th (0..<10) fixed Geom-GCN 60/20/20 split stored in the file.") { a in
            a.wrap(Split.geomGCN(try a.int(0)))
        }
        staticMethod("kFold(k: Int, fold: Int, seed: Int) -> Split", on: "Split", doc: "Fold `fold` of a class-stratified k-fold split as the test set.") { a in
            a.wrap(Split.kFold(k: try a.int(0), fold: try a.int(1), seed: try a.int(2)))
        }
        property("train: [Int]", on: SplitIndices.self, doc: "Training indices.") { s in LibraryValues.array(s.train) }
        property("validation: [Int]", on: SplitIndices.self, doc: "Validation indices.") { s in LibraryValues.array(s.validation) }
        property("test: [Int]", on: SplitIndices.self, doc: "Test indices.") { s in LibraryValues.array(s.test) }
        property("description: String", on: SplitIndices.self, doc: "The size of each part.") { s in .string(s.description) }
    }
}
