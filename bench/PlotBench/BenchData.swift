import Foundation

/// The data every benchmark figure draws, generated once and shared with the matplotlib peer as JSON.
struct BenchData: Codable {
    var steps: [Double]
    var train: [Double]
    var val: [Double]
    var accuracy: [Double]
    var histogram: [Double]
    var heat: [[Double]]

    /// Deterministic data: a SplitMix64 stream with seed 42 supplies the noise.
    static func make() -> BenchData {
        var state: UInt64 = 42
        func uniform() -> Double {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            z ^= z >> 31
            return Double(z >> 11) / Double(1 << 53)
        }
        func normal() -> Double { (-2 * log(max(1e-12, uniform()))).squareRoot() * cos(2 * Double.pi * uniform()) }
        let steps = (0..<1000).map(Double.init)
        let train = steps.map { 2.3 * exp(-$0 / 180) + 0.25 + 0.06 * normal() * exp(-$0 / 600) }
        let val = steps.map { 2.3 * exp(-$0 / 200) + 0.32 }
        let accuracy = steps.map { 1 - 0.9 * exp(-$0 / 200) }
        let histogram = (0..<2000).map { _ in normal() }
        let n = 500
        let heat = (0..<n).map { i in (0..<n).map { j -> Double in
            let x = Double(j) / Double(n) * 6 - 3, y = Double(i) / Double(n) * 6 - 3
            return sin(x * x + y) * cos(y * 1.3) * exp(-(x * x + y * y) / 12)
        } }
        return BenchData(steps: steps, train: train, val: val, accuracy: accuracy, histogram: histogram, heat: heat)
    }
}
