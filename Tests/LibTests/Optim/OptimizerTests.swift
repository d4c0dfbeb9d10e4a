import Testing
import Foundation
@testable import Lib

@Suite struct OptimizerTests {
    func param(_ v: [Double]) -> Parameter { Parameter(Tensor(v, dtype: .float64)) }
    func setGrad(_ p: Parameter, _ g: [Double]) { p.grad = Tensor(g, dtype: .float64) }

    @Test func sgdPlainAndWithMomentumAndDecay() throws {
        let p = param([1, 2])
        let sgd = SGD([p], lr: 0.1)
        setGrad(p, [0.5, -1]); try sgd.step()
        #expect(close(p.doubles, [0.95, 2.1], 1e-12))

        let q = param([1, 2])
        let m = SGD([q], lr: 0.1, momentum: 0.9)
        setGrad(q, [0.5, -1]); try m.step()   // buffer = g
        setGrad(q, [0.5, -1]); try m.step()   // buffer = 0.9 g + g
        let expected: [Double] = [0.855, 2.29]  // 1 − 0.05 − 0.095, 2 + 0.1 + 0.19
        #expect(close(q.doubles, expected, 1e-12))

        let r = param([2])
        let d = SGD([r], lr: 0.1, weightDecay: 0.5)
        setGrad(r, [0]); try d.step()  // g + λw = 1
        #expect(close(r.doubles, [1.9], 1e-12))
    }

    @Test func adamTwoStepsByHand() throws {
        let p = param([1])
        let adam = Adam([p], lr: 0.1)
        setGrad(p, [0.5]); try adam.step()
        #expect(close(p.doubles, [1 - 0.1 * 0.5 / (0.5 + 1e-8)], 1e-12))
        setGrad(p, [-1]); try adam.step()
        let m = 0.9 * 0.05 + 0.1 * -1, v = 0.999 * 0.00025 + 0.001
        let bc1 = 1 - 0.81, bc2 = 1 - 0.999 * 0.999
        let expected = 1 - 0.1 * 0.5 / (0.5 + 1e-8) - (0.1 / bc1) * m / ((v.squareRoot() / bc2.squareRoot()) + 1e-8)
        #expect(close(p.doubles, [expected], 1e-12))
    }

    @Test func adamWeightDecayCoupledVersusDecoupled() throws {
        let a = param([1]), w = param([1])
        let adam = Adam([a], lr: 0.1, weightDecay: 0.01), adamw = AdamW([w], lr: 0.1, weightDecay: 0.01)
        setGrad(a, [0]); setGrad(w, [0])
        try adam.step(); try adamw.step()
        #expect(close(w.doubles, [0.999], 1e-12))           // only the decay moves it
        #expect(close(a.doubles, [1 - 0.1 * 0.01 / (0.01 + 1e-8)], 1e-9))  // decay enters the gradient
    }

    @Test func parameterGroupsHaveTheirOwnSettings() throws {
        let a = param([1]), b = param([1])
        let sgd = SGD([ParameterGroup([a], lr: 0.1), ParameterGroup([b], lr: 1, weightDecay: 1)])
        setGrad(a, [1]); setGrad(b, [1])
        try sgd.step()
        #expect(close(a.doubles, [0.9], 1e-12))
        #expect(close(b.doubles, [-1], 1e-12))
        sgd.zeroGrad()
        #expect(a.grad == nil && b.grad == nil)
    }

    @Test func float32ParametersAreUpdatedToo() throws {
        let p = Parameter(Tensor([1, 2] as [Float]))
        p.grad = Tensor([1, 1] as [Float])
        try Adam([p], lr: 0.5).step()
        #expect(close(p.scalars, [0.5, 1.5], 1e-5))
        p.grad = Tensor([1] as [Float])
        #expect(throws: TensorError.self) { try SGD([p], lr: 1).step() }
    }

    @Test func stepLRAndPlateau() {
        let opt = SGD([param([0])], lr: 1)
        let schedule = StepLR(opt, stepSize: 2, gamma: 0.5)
        var lrs: [Double] = []
        for _ in 0..<4 { schedule.step(); lrs.append(opt.groups[0].lr) }
        #expect(lrs == [1, 0.5, 0.5, 0.25])

        let opt2 = SGD([param([0])], lr: 1)
        let plateau = ReduceLROnPlateau(opt2, mode: .min, factor: 0.5, patience: 1)
        for loss in [1.0, 0.5, 0.6, 0.7, 0.4, 0.45] { plateau.step(loss) }
        // bad epochs: 0.6, 0.7 → decay once (after patience 1 exceeded); 0.45 → one bad epoch only
        #expect(opt2.groups[0].lr == 0.5)
    }

    @Test func vectorisedAdamMatchesTheScalarFormula() throws {
        for decoupled in [false, true] {
            let n = 19  // two 8-lane blocks and a tail
            let start = (0..<n).map { Double($0) / 7 - 1 }
            let p = param(start)
            let opt: Optimizer = decoupled ? AdamW([p], lr: 0.05, weightDecay: 0.1) : Adam([p], lr: 0.05, weightDecay: 0.1)
            var w = start, m = [Double](repeating: 0, count: n), v = m
            for step in 1...3 {
                let g = (0..<n).map { Foundation.sin(Double($0 * step)) }
                setGrad(p, g)
                try opt.step()
                for i in 0..<n {
                    var d = g[i]
                    if decoupled { w[i] *= 1 - 0.05 * 0.1 } else { d += 0.1 * w[i] }
                    m[i] = 0.9 * m[i] + 0.1 * d
                    v[i] = 0.999 * v[i] + 0.001 * d * d
                    let bc1 = 1 - Foundation.pow(0.9, Double(step)), bc2 = 1 - Foundation.pow(0.999, Double(step))
                    w[i] -= 0.05 / bc1 * m[i] / (v[i].squareRoot() / bc2.squareRoot() + 1e-8)
                }
            }
            #expect(close(p.doubles, w, 1e-12))

            // the float32 path (eight-lane loop) agrees to float precision
            let p32 = Parameter(Tensor(start.map(Float.init)))
            let opt32: Optimizer = decoupled ? AdamW([p32], lr: 0.05, weightDecay: 0.1) : Adam([p32], lr: 0.05, weightDecay: 0.1)
            for step in 1...3 {
                p32.grad = Tensor((0..<n).map { Float(Foundation.sin(Double($0 * step))) })
                try opt32.step()
            }
            #expect(close(p32.doubles, w, 1e-5))
        }
    }
}
