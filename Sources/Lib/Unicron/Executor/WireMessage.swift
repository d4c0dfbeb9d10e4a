import Foundation

/// A message between the coordinator and an agent: a JSON header and an optional float payload,
/// sent as two ZeroMQ frames.
struct WireMessage: Codable {
    /// "hello", "hb", "work", "grad", "error", "apply", "getstate", "state", "load", "loaded", "stop".
    var type: String
    var node: Int = -1
    var incarnation: Int = 0
    var step: Int = -1
    var microBatches: [Int] = []
    var microBatch: Int = -1
    var loss: Float = 0
    var inject: String? = nil
    var injectTimes: Int = 0
    var text: String? = nil
    /// Who asked for a state transfer (for "getstate"/"state").
    var target: Int = -1

    init(_ type: String) { self.type = type }

    func frames(payload: [Float] = []) throws -> [[UInt8]] {
        let header = try JSONEncoder().encode(self)
        var bytes = [UInt8](repeating: 0, count: payload.count * 4)
        payload.withUnsafeBytes { src in bytes.withUnsafeMutableBytes { $0.copyMemory(from: src) } }
        return [Array(header), bytes]
    }

    static func decode(_ frames: [[UInt8]]) throws -> (WireMessage, [Float]) {
        guard frames.count >= 2 else { throw UnicronError("malformed message: \(frames.count) frames, expected 2") }
        let h = frames[frames.count - 2], p = frames[frames.count - 1]
        let msg = try JSONDecoder().decode(WireMessage.self, from: Data(h))
        guard p.count % 4 == 0 else { throw UnicronError("malformed payload of \(p.count) bytes") }
        var floats = [Float](repeating: 0, count: p.count / 4)
        floats.withUnsafeMutableBytes { dst in p.withUnsafeBytes { dst.copyMemory(from: $0) } }
        return (msg, floats)
    }
}
