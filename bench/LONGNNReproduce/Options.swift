import Foundation

/// Command-line options of LONGNNReproduce.
struct Options {
    var full = false
    var datasets = ["cora", "citeseer", "computers", "photo", "chameleon", "squirrel", "actor", "texas", "cornell", "wisconsin", "pubmed"]
    var models = ["LON-GNN", "JacobiConv"]
    var seeds = 2
    var epochs = 200
    var patience = 50
    var images = 5
    var imageEpochs = 300
    var imageModels = ["LON-GNN", "JacobiConv", "BernNet", "GPR-GNN"]
    var skipNodes = false
    var skipImages = false
    var out = "results/lon-gnn"

    /// Parses `--quick` (default), `--full`, and overrides `--datasets a,b`, `--models a,b`, `--seeds N`,
    /// `--epochs N`, `--patience N`, `--images N`, `--image-epochs N`, `--no-nodes`, `--no-images`, `--out DIR`.
    init(_ args: [String]) throws {
        if args.contains("--full") {
            full = true
            models = ["LON-GNN", "JacobiConv", "GPR-GNN", "BernNet", "ChebNet"]
            seeds = 10; epochs = 1000; patience = 200; images = 50; imageEpochs = 1000
            imageModels = ["LON-GNN", "JacobiConv", "BernNet", "GPR-GNN", "ChebNet"]
        }
        func value(_ name: String) -> String? {
            args.firstIndex(of: name).flatMap { $0 + 1 < args.count ? args[$0 + 1] : nil }
        }
        func int(_ name: String) throws -> Int? {
            guard let v = value(name) else { return nil }
            guard let i = Int(v), i >= 0 else { throw ReproduceError("\(name) needs a non-negative integer, got \(v)") }
            return i
        }
        if let d = value("--datasets") { datasets = d.split(separator: ",").map { String($0).lowercased() } }
        if let m = value("--models") { models = m.split(separator: ",").map(String.init) }
        if let m = value("--image-models") { imageModels = m.split(separator: ",").map(String.init) }
        seeds = try int("--seeds") ?? seeds
        epochs = try int("--epochs") ?? epochs
        patience = try int("--patience") ?? patience
        images = min(try int("--images") ?? images, 50)
        imageEpochs = try int("--image-epochs") ?? imageEpochs
        skipNodes = args.contains("--no-nodes")
        skipImages = args.contains("--no-images")
        out = value("--out") ?? out
    }
}

/// A usage error with its message.
struct ReproduceError: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}
