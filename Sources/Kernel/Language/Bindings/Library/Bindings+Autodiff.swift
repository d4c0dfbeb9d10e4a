import Lib

// MARK: - Autodiff: gradients, parameters, no-grad regions

extension Bindings {
    func registerAutodiff() {
        initializer("init(_ tensor: Tensor, name: String = \"\")", on: "Parameter",
                    doc: "A trainable copy of a tensor (numbers and nested arrays are converted): it requires a gradient.") { a in
            a.wrap(Parameter(try LibraryValues.tensor(a[0], what: "Parameter(_:)"), name: try a.string(1)))
        }
        property("name: String", on: "Parameter", doc: "A name for display (e.g. \"weight\").") { v in
            .string(v.native(as: Parameter.self)?.name ?? "")
        }
        method("assign(_ values: Tensor)", on: "Parameter", doc: "Replaces the values (same shape and dtype).") { v, a in
            guard let p = v.native(as: Parameter.self) else { throw RuntimeError.type("expected Parameter, got \(typeName(v))") }
            try p.assign(try LibraryValues.tensor(a[0]))
            return .void
        }
        tensorMethod("backward()", doc: "Computes gradients of this scalar with respect to every tensor that requires one; read them with `.grad`.") { t, _ in
            try t.backward()
            return .void
        }
        tensorMethod("backward(_ seed: Tensor)", doc: "Back-propagates `seed` (the gradient of some scalar with respect to this tensor).") { t, a in
            try t.backward(try LibraryValues.tensor(a[0]))
            return .void
        }
        tensorProperty("grad: Tensor?", doc: "The gradient accumulated by backward(), or nil.") { [unowned self] t in
            t.grad.map { .some(self.wrap($0)) } ?? .none
        }
        tensorProperty("requiresGrad: Bool", doc: "Whether operations on this tensor are recorded for backward().") { t in .bool(t.requiresGrad) }
        tensorMethod("zeroGrad()", doc: "Clears the accumulated gradient (gradients add up across backward() calls).") { t, _ in
            t.zeroGrad()
            return .void
        }
        tensorMap("detached() -> Tensor", doc: "A copy of the values, cut from the autodiff graph.") { t, _ in t.detached() }
        function("withNoGrad(_ body: () -> T) -> T", doc: "Runs body without recording operations for autodiff (evaluation, manual updates).") { a in
            let f = try a.function(0)
            return try withNoGrad { try f.call([]) }
        }
    }
}
