// MARK: - Reverse mode

extension Tensor {
    /// Computes the gradient of this tensor with respect to every tensor it was
    /// computed from that requires a gradient, and adds it to their ``grad``.
    ///
    /// Sorts the recorded graph topologically and applies each primitive's
    /// derivative rule (``Primitive``) in reverse order, as micrograd does.
    /// - Parameter seed: the upstream gradient; defaults to 1 for a one-element tensor.
    /// - Throws: ``TensorError`` when no seed is given for a tensor with several
    ///   elements, or the seed's shape differs from this tensor's.
    public func backward(_ seed: Tensor? = nil) throws {
        let start: Tensor
        if let seed {
            guard seed.shape == shape else {
                throw TensorError.shapeMismatch(op: "backward(_:)", lhs: shape, rhs: seed.shape,
                                                expected: "the seed must have the tensor's shape")
            }
            start = seed.converted(to: dtype).detached()
        } else {
            guard count == 1 else {
                throw TensorError.invalidArgument(
                    op: "backward()",
                    message: "tensor of shape \(shape) is not a scalar; reduce it (e.g. .mean()) or pass a seed")
            }
            start = Tensor(shape: shape, storage: .filled(1, 1, dtype))
        }
        guard requiresGrad else {
            throw TensorError.invalidArgument(
                op: "backward()", message: "this tensor does not depend on any tensor that requires a gradient")
        }
        let order = topologicalOrder()
        var grads: [ObjectIdentifier: Tensor] = [ObjectIdentifier(self): start]
        try withNoGrad {
            for t in order.reversed() {
                guard let g = grads[ObjectIdentifier(t)] else { continue }
                guard let node = t.node else {
                    if t.requiresGrad { t.grad = try t.grad.map { try $0 + g } ?? g }
                    continue
                }
                grads[ObjectIdentifier(t)] = nil
                let needs = node.inputs.map { $0.requiresGrad }
                let inputGrads = try DerivativeRules.vjp(node.op, inputs: node.inputs, output: t,
                                                         grad: g, needs: needs)
                for (input, ig) in zip(node.inputs, inputGrads) {
                    guard let ig, input.requiresGrad else { continue }
                    let key = ObjectIdentifier(input)
                    if let existing = grads[key] { grads[key] = try existing + ig } else { grads[key] = ig }
                }
            }
        }
    }

    /// Every tensor this one depends on (itself included), parents before children.
    func topologicalOrder() -> [Tensor] {
        var order: [Tensor] = []
        var visited = Set<ObjectIdentifier>()
        var stack: [(Tensor, Int)] = [(self, 0)]
        visited.insert(ObjectIdentifier(self))
        while let (t, next) = stack.popLast() {
            let inputs = t.node?.inputs ?? []
            if next < inputs.count {
                stack.append((t, next + 1))
                let child = inputs[next]
                if child.requiresGrad, visited.insert(ObjectIdentifier(child)).inserted {
                    stack.append((child, 0))
                }
            } else {
                order.append(t)
            }
        }
        return order
    }

    /// Clears the accumulated gradient.
    public func zeroGrad() { grad = nil }
}
