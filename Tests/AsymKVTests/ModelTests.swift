import Foundation
import Testing
import Lib
@testable import AsymKV

@Suite struct ModelTests {
    static let config = TransformerConfig(vocabularySize: 11, layers: 2, dimension: 16, heads: 2, context: 12)

    @Test func incrementalLogitsEqualFullSequence() throws {
        let model = try TransformerLM(Self.config, seed: 3)
        // Move off the initial weights so that every part matters.
        for p in model.parameters() { try p.assign(p.detached() + Tensor.randn(p.shape, seed: p.count) * 0.3) }
        let tokens = [1, 5, 2, 9, 0, 3, 3, 7, 10, 4]
        let full = try withNoGrad { try model(tokens: [tokens]) }.scalars
        let decoder = try LMDecoder(model: model, cache: .float(layers: 2), batch: 1)
        for (t, id) in tokens.enumerated() {
            let step = try decoder.stepFlat([id])
            for v in 0..<11 { #expect(abs(step[v] - full[t * 11 + v]) <= 1e-4, "position \(t) token \(v)") }
        }
    }

    @Test func batchedDecodingMatchesSingle() throws {
        let model = try TransformerLM(Self.config, seed: 4)
        let a = [1, 2, 3, 4, 5], b = [6, 7, 8, 9, 10]
        let both = try LMDecoder(model: model, cache: .kivi(bits: 2, layers: 2, groupSize: 2, residual: 2), batch: 2)
        let one = try LMDecoder(model: model, cache: .kivi(bits: 2, layers: 2, groupSize: 2, residual: 2), batch: 1)
        for t in 0..<5 {
            let x = try both.step([a[t], b[t]]), y = try one.step([b[t]])
            for v in 0..<11 { #expect(abs(x[1][v] - y[0][v]) <= 1e-5) }
        }
    }

    @Test func trainingLowersTheLoss() throws {
        // A repeating pattern is learnable in a few dozen steps.
        let tokens = (0..<400).map { [0, 1, 2, 3, 4, 5, 6, 7, 8][$0 % 9] }
        let model = try TransformerLM(Self.config, seed: 1)
        let before = try model.evaluateLoss(tokens: tokens)
        var options = LMTrainingOptions()
        options.steps = 60; options.batchSize = 4; options.sequenceLength = 12; options.learningRate = 1e-2; options.warmupSteps = 5
        let history = try model.train(tokens: tokens, options: options)
        let after = try model.evaluateLoss(tokens: tokens)
        #expect(history.losses.count == 60)
        #expect(after < before * 0.3, "loss \(before) → \(after)")
    }

    @Test func samplingIsSeeded() throws {
        let model = try TransformerLM(Self.config, seed: 2)
        let a = try model.generate(prompt: [1, 2], count: 8, temperature: 1, topK: 5, seed: 9)
        let b = try model.generate(prompt: [1, 2], count: 8, temperature: 1, topK: 5, seed: 9)
        #expect(a == b && a.count == 8 && a.allSatisfy { (0..<11).contains($0) })
        let greedy = try model.generate(prompt: [1, 2], count: 4, temperature: 0)
        let logits = try withNoGrad { try model(tokens: [[1, 2]]) }.scalars
        let last = Array(logits[11..<22])
        #expect(greedy[0] == last.indices.max { last[$0] < last[$1] })
        #expect(throws: AsymKVError.self) { try model.generate(prompt: [1], count: 20) }
        #expect(throws: AsymKVError.self) { try model.generate(prompt: [11], count: 1) }
    }

    @Test func topKOneIsGreedy() {
        let rng = RNG(seed: 1)
        for _ in 0..<10 { #expect(TransformerLM.sample([0.1, 2, 0.5], temperature: 1, topK: 1, rng: rng) == 1) }
    }

    @Test func safetensorsRoundTrip() throws {
        let model = try TransformerLM(Self.config, seed: 5)
        let vocab = CharVocabulary(text: "abcdefghijk")
        let path = NSTemporaryDirectory() + "asymkv-test-\(getpid()).safetensors"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try model.save(to: path, vocabulary: vocab)
        let (loaded, v) = try TransformerLM.load(from: path)
        #expect(v == vocab && loaded.config == Self.config)
        for ((n1, p1), (n2, p2)) in zip(model.namedParameters(), loaded.namedParameters()) {
            #expect(n1 == n2 && p1.scalars == p2.scalars && p1.shape == p2.shape)
        }
        // The file is real safetensors: 8-byte little-endian length, JSON header, raw data.
        let bytes = [UInt8](FileManager.default.contents(atPath: path)!)
        let n = (0..<8).reduce(0) { $0 | Int(bytes[$1]) << (8 * $1) }
        let header = try JSONSerialization.jsonObject(with: Data(bytes[8..<(8 + n)])) as! [String: Any]
        let entry = header["tok_emb.weight"] as! [String: Any]
        #expect(entry["dtype"] as? String == "F32" && (entry["shape"] as? [Int]) == [11, 16])
        #expect(bytes.count == 8 + n + model.parameterCount * 4)
        // Same model, same bytes (the configuration's JSON keys are sorted).
        let again = path + ".2"
        defer { try? FileManager.default.removeItem(atPath: again) }
        try model.save(to: again, vocabulary: vocab)
        #expect(FileManager.default.contents(atPath: again) == FileManager.default.contents(atPath: path))
        #expect(try SafeTensors.load(from: path).metadata["config"]?.hasPrefix("{\"context\":12,\"dimension\":16,") == true)
    }

    @Test func checkpointErrorsNameTheProblem() throws {
        let model = try TransformerLM(Self.config, seed: 5)
        var tensors = model.namedParameters().map { ($0.0, $0.1.detached()) }
        let wrong = try SafeTensors.decode(SafeTensors.encode([(tensors[0].0, Tensor.zeros([3, 3]))] + tensors.dropFirst()))
        #expect(throws: AsymKVError.checkpoint("tensor \"tok_emb.weight\" has shape [3, 3] in the file but the model expects [11, 16]")) {
            try model.loadWeights(wrong)
        }
        tensors.removeLast()
        let missing = try SafeTensors.decode(SafeTensors.encode(tensors))
        #expect { try model.loadWeights(missing) } throws: { "\($0)".contains("\"head.bias\" is missing") }
        #expect(throws: AsymKVError.self) { try SafeTensors.decode(Data([1, 2, 3])) }
        #expect(throws: AsymKVError.self) { try SafeTensors.decode(Data([200, 0, 0, 0, 0, 0, 0, 0, 1])) }
    }

    @Test func readsHalfPrecision() throws {
        // Header for one F16 tensor [2] = [1.0, -2.5]: 0x3C00, 0xC100.
        var header = Array("{\"x\":{\"dtype\":\"F16\",\"shape\":[2],\"data_offsets\":[0,4]}}".utf8)
        while header.count % 8 != 0 { header.append(0x20) }
        let data = Data([UInt8(header.count), 0, 0, 0, 0, 0, 0, 0] + header + [0x00, 0x3C, 0x00, 0xC1])
        #expect(try SafeTensors.decode(data).tensor("x").scalars == [1.0, -2.5])
    }
}
