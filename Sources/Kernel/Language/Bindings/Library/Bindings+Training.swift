import Lib
import Plotting

// MARK: - Training: the epoch loop with live progress, history, early stopping

extension Bindings {
    func registerTraining() {
        builtinType("TrainingLoop", doc: "The epoch loop: TrainingLoop.run(epochs:label:) { epoch in … return [\"loss\": l] } with live progress.")
        type(TrainingHistory.self, name: "TrainingHistory", doc: "Metrics recorded per epoch; history[\"loss\"] is the series, history.plot() draws them.")
        type(EarlyStopping.self, name: "EarlyStopping", doc: "Stops training when a metric has not improved for `patience` epochs.")
        staticMethod("run(epochs: Int, label: String = \"training\", stopping: EarlyStopping? = nil, monitor: String = \"val\", _ body: (Int) -> [String: Double]) -> TrainingHistory",
                     on: "TrainingLoop",
                     doc: "Runs body for each epoch (from 0) until `epochs` or early stopping; body returns its metrics "
                        + "([\"loss\": …, \"val\": …], in display order). Progress is shown live in the cell's output, "
                        + "the loop honours interrupts, and the history of all metrics is returned.") { [unowned self] a in
            let epochs = try a.int(0)
            guard epochs >= 0 else { throw RuntimeError.value("TrainingLoop.run: epochs must be non-negative, got \(epochs)") }
            let stopping = LibraryValues.optional(a[2]).flatMap { $0.native(as: EarlyStopping.self) }
            if let s = LibraryValues.optional(a[2]), stopping == nil {
                throw RuntimeError.type("stopping: expected EarlyStopping, got \(typeName(s))")
            }
            let body = try a.function(4)
            let history = try libraryCall {
                try self.withLiveProgress {
                    try TrainingLoop.run(epochs: epochs, label: try a.string(1), stopping: stopping, monitor: try a.string(3)) { epoch in
                        try Bindings.metrics(try body.call([.int(epoch)]))
                    }
                }
            }
            return self.wrap(history)
        }
        initializer("init(patience: Int, mode: String = \"max\")", on: "EarlyStopping",
                    doc: "Early stopping after `patience` epochs without improvement; mode \"max\" (accuracy) or \"min\" (loss).") { a in
            let p = try a.int(0)
            guard p > 0 else { throw RuntimeError.value("EarlyStopping: patience must be positive, got \(p)") }
            let mode: MetricMode
            switch try a.string(1) {
            case "max": mode = .max
            case "min": mode = .min
            case let m: throw RuntimeError.value("EarlyStopping: mode must be \"max\" or \"min\", got \"\(m)\"")
            }
            return a.wrap(EarlyStopping(patience: p, mode: mode))
        }
        property("bestEpoch: Int", on: EarlyStopping.self, doc: "The epoch of the best value so far (-1 before any).") { s in .int(s.bestEpoch) }
        property("bestValue: Double", on: EarlyStopping.self, doc: "The best value so far.") { s in .double(s.bestValue) }
        property("shouldStop: Bool", on: EarlyStopping.self, doc: "True once patience is exhausted.") { s in .bool(s.shouldStop) }
        property("metricNames: [String]", on: TrainingHistory.self, doc: "Metric names in the order first logged.") { h in LibraryValues.array(h.metricNames) }
        property("epochCount: Int", on: TrainingHistory.self, doc: "Epochs recorded.") { h in .int(h.epochCount) }
        property("description: String", on: TrainingHistory.self, doc: "The last value of each metric.") { h in .string(h.description) }
        subscriptGetter("subscript(_ name: String) -> [Double]", on: "TrainingHistory", doc: "The values of a metric, one per epoch (empty if unknown).") { v, a in
            guard let h = v.native(as: TrainingHistory.self) else { throw RuntimeError.type("expected TrainingHistory, got \(typeName(v))") }
            guard case .string(let name) = a[0], a.count == 1 else { throw RuntimeError.type("a history is indexed with a metric name") }
            return LibraryValues.array(h[name])
        }
        method("last(_ name: String) -> Double?", on: TrainingHistory.self, doc: "The last value of a metric, or nil.") { h, a in
            h.last(try a.string(0)).map { .some(.double($0)) } ?? .none
        }
        method("plot(_ names: [String] = []) -> Figure", on: TrainingHistory.self,
               doc: "A figure with one line per metric against the epoch (all metrics when names is empty).") { h, a in
            let names = try LibraryValues.strings(a[0])
            let chosen = names.isEmpty ? h.metricNames : names
            let fig = Figure(width: 640, height: 400)
            for n in chosen {
                guard h.metricNames.contains(n) else {
                    throw RuntimeError.value("no metric '\(n)'; the history has: \(h.metricNames.joined(separator: ", "))")
                }
                try fig.axes.line(h.epochs(of: n).map(Double.init), h[n], label: n)
            }
            fig.axes.xLabel = "epoch"
            return a.wrap(fig)
        }
    }

    /// Metrics returned by a training-loop body: a dictionary (insertion order) or [(String, Double)].
    static func metrics(_ v: Value) throws -> [(String, Double)] {
        switch v {
        case .void: return []
        case .dictionary(let d):
            return try zip(d.keys, d.values).map { k, x in
                guard case .string(let name) = k, let value = LibraryValues.number(x) else {
                    throw RuntimeError.type("the training body returns [String: Double], found \(typeName(k)): \(typeName(x))")
                }
                return (name, value)
            }
        case .array(let xs):
            return try xs.map { x in
                guard case .tuple(let t) = x, t.elements.count == 2, case .string(let name) = t.elements[0],
                      let value = LibraryValues.number(t.elements[1]) else {
                    throw RuntimeError.type("the training body returns [String: Double] or [(String, Double)], found \(typeName(x))")
                }
                return (name, value)
            }
        default:
            throw RuntimeError.type("the training body returns its metrics as [String: Double], got \(typeName(v))")
        }
    }
}
