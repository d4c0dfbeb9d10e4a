import Foundation
import Lib

extension TransformerLM {
    /// Saves the weights as safetensors, with the configuration and `vocabulary` in the metadata.
    public func save(to path: String, vocabulary: CharVocabulary? = nil) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]   // same model, same bytes
        var metadata: [String: String] = [
            "format": "pt", "model": "TransformerLM",
            "config": String(decoding: try encoder.encode(config), as: UTF8.self),
        ]
        if let vocabulary { metadata["vocabulary"] = String(vocabulary.characters) }
        try SafeTensors.save(namedParameters().map { ($0.0, $0.1.detached()) }, metadata: metadata, to: path)
    }

    /// Replaces every parameter by the tensor of the same name in `contents`.
    /// - Throws: ``AsymKVError`` naming a missing tensor or a shape mismatch (expected vs found); nothing changes then.
    public func loadWeights(_ contents: SafeTensors.Contents) throws {
        var updates: [(Parameter, Tensor)] = []
        for (name, p) in namedParameters() {
            let t = try contents.tensor(name)
            guard t.shape == p.shape else {
                throw AsymKVError.checkpoint("tensor \"\(name)\" has shape \(t.shape) in the file but the model expects \(p.shape)")
            }
            updates.append((p, t.converted(to: p.dtype)))
        }
        for (p, t) in updates { try p.assign(t) }
    }

    /// Loads a model saved by ``save(to:vocabulary:)``: configuration and vocabulary from the metadata.
    /// - Throws: ``AsymKVError`` when the file is not such a checkpoint or a tensor is missing or mis-shaped.
    public static func load(from path: String) throws -> (model: TransformerLM, vocabulary: CharVocabulary?) {
        let contents = try SafeTensors.load(from: path)
        guard let json = contents.metadata["config"],
              let config = try? JSONDecoder().decode(TransformerConfig.self, from: Data(json.utf8)) else {
            throw AsymKVError.checkpoint("\(path) has no TransformerLM \"config\" in its __metadata__")
        }
        let model = try TransformerLM(config, seed: 0)
        try model.loadWeights(contents)
        let vocabulary = contents.metadata["vocabulary"].map { CharVocabulary(characters: Array($0)) }
        return (model, vocabulary)
    }
}
