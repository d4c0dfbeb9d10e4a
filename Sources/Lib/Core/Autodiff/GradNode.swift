/// One recorded operation of the autodiff graph: the primitive that produced
/// a tensor and the tensors it was computed from.
final class GradNode {
    /// The primitive with everything its derivative rule needs.
    let op: Primitive
    /// The operands, in the order the derivative rule returns their gradients.
    let inputs: [Tensor]

    init(op: Primitive, inputs: [Tensor]) {
        self.op = op
        self.inputs = inputs
    }
}

extension Tensor {
    /// Wraps the result of a primitive, recording it for autodiff when gradient
    /// recording is on and some input requires a gradient.
    static func result(shape: [Int], storage: TensorStorage, op: Primitive, inputs: [Tensor]) -> Tensor {
        let out = Tensor(shape: shape, storage: storage)
        if GradMode.isEnabled, inputs.contains(where: { $0.requiresGrad }) {
            out.requiresGrad = true
            out.node = GradNode(op: op, inputs: inputs)
        }
        return out
    }
}
