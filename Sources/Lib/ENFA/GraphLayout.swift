import Foundation
import Lib

/// Node positions for drawing a graph (for pictures of ego nets and pivot hops).
public enum GraphLayout {
    /// A force-directed (Fruchterman–Reingold) layout: edges pull, all pairs push; seeded start,
    /// so the same graph and seed give the same picture. Returns (x, y) per node in about [-1, 1].
    public static func spring(_ graph: Graph, iterations: Int = 200, seed: Int = 0) -> (x: [Double], y: [Double]) {
        let n = graph.nodeCount
        guard n > 0 else { return ([], []) }
        let rng = RNG(seed: seed)
        var x = (0..<n).map { _ in rng.uniform(-1, 1) }, y = (0..<n).map { _ in rng.uniform(-1, 1) }
        let k = (4.0 / Double(n)).squareRoot()
        var temperature = 0.2
        for _ in 0..<max(iterations, 1) {
            var dx = [Double](repeating: 0, count: n), dy = [Double](repeating: 0, count: n)
            for i in 0..<n {
                for j in (i + 1)..<n {
                    let ex = x[i] - x[j], ey = y[i] - y[j]
                    let d2 = max(ex * ex + ey * ey, 1e-6)
                    let f = k * k / d2
                    dx[i] += ex * f; dy[i] += ey * f; dx[j] -= ex * f; dy[j] -= ey * f
                }
            }
            for (s, t) in zip(graph.sources, graph.targets) where s < t {
                let ex = x[s] - x[t], ey = y[s] - y[t]
                let d = max((ex * ex + ey * ey).squareRoot(), 1e-6)
                let f = d / k
                dx[s] -= ex * f; dy[s] -= ey * f; dx[t] += ex * f; dy[t] += ey * f
            }
            for i in 0..<n {
                let len = max((dx[i] * dx[i] + dy[i] * dy[i]).squareRoot(), 1e-9)
                let step = min(len, temperature)
                x[i] += dx[i] / len * step; y[i] += dy[i] / len * step
            }
            temperature = max(temperature * 0.98, 0.005)
        }
        let cx = x.reduce(0, +) / Double(n), cy = y.reduce(0, +) / Double(n)
        let r = max(zip(x, y).map { (($0 - cx) * ($0 - cx) + ($1 - cy) * ($1 - cy)).squareRoot() }.max() ?? 1, 1e-9)
        return (x.map { ($0 - cx) / r }, y.map { ($0 - cy) / r })
    }
}
