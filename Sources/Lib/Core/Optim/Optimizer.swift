/// The base of all optimizers: owns the parameter groups, ``zeroGrad()`` and
/// ``step()``; subclasses implement only the update of one parameter
/// (as in tinygrad's `nn/optim.py`).
public class Optimizer {
    /// The parameter groups, each with its own learning rate and weight decay.
    public let groups: [ParameterGroup]
    /// Number of completed steps.
    public private(set) var stepCount = 0

    /// Creates an optimizer over explicit groups.
    public init(groups: [ParameterGroup]) { self.groups = groups }

    /// Clears the gradients of every parameter.
    public func zeroGrad() { for g in groups { for p in g.parameters { p.grad = nil } } }

    /// Updates every parameter that has a gradient, in place.
    /// - Throws: ``TensorError`` when a gradient's shape or dtype differs from its parameter's.
    public func step() throws {
        stepCount += 1
        for group in groups {
            for (i, p) in group.parameters.enumerated() {
                guard let g = p.grad else { continue }
                guard g.shape == p.shape, g.dtype == p.dtype else {
                    throw TensorError.shapeMismatch(op: "Optimizer.step", lhs: p.shape, rhs: g.shape,
                                                    expected: "a gradient of the parameter's shape and dtype")
                }
                var state = group.state[i]
                group.state[i] = []
                // bind the parameter's array only after the parameter let go of it, so the update runs in place
                switch g.storage {
                case .f32(let d):
                    guard case .f32(var w) = p.storage else { break }
                    p.setStorage(.f32([]))
                    update32(&w, d, &state, group: group)
                    p.setStorage(.f32(w))
                case .f64(let d):
                    guard case .f64(var w) = p.storage else { break }
                    p.setStorage(.f64([]))
                    update64(&w, d, &state, group: group)
                    p.setStorage(.f64(w))
                }
                group.state[i] = state
            }
        }
    }

    /// Sets the learning rate of every group.
    public func setLearningRate(_ lr: Double) { for g in groups { g.lr = lr } }

    /// Updates one float32 parameter's values `w` from its gradient `g`; `state` starts empty.
    /// Subclasses override this and ``update64(_:_:_:group:)`` with a concrete (specialised) kernel.
    func update32(_ w: inout [Float], _ g: [Float], _ state: inout [TensorStorage], group: ParameterGroup) {}
    /// Updates one float64 parameter.
    func update64(_ w: inout [Double], _ g: [Double], _ state: inout [TensorStorage], group: ParameterGroup) {}
}

extension TensorStorage {
    /// The elements as `[T]` (empty if the dtype differs); no copy.
    func array<T: TensorScalar>(_: T.Type) -> [T] { T.unwrap(self) ?? [] }
}
