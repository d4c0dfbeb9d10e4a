import Foundation
import Synchronization

/// The datasets shipped in the repository's `data/` directory, by name.
///
/// ```swift
/// let cora = try Datasets.load("cora")
/// Datasets.names   // every known name
/// ```
/// The directory is found by ``DataLocator``. Loaded datasets are cached per name.
public enum Datasets {
    struct Entry {
        let file: String
        let kind: DatasetKind
    }

    static let registry: [(String, Entry)] = [
        ("cora", Entry(file: "cora.npz", kind: .nodeClassification)),
        ("citeseer", Entry(file: "citeseer.npz", kind: .nodeClassification)),
        ("pubmed", Entry(file: "pubmed_nofeatures.npz", kind: .nodeClassification)),
        ("chameleon", Entry(file: "chameleon.npz", kind: .nodeClassification)),
        ("squirrel", Entry(file: "squirrel.npz", kind: .nodeClassification)),
        ("actor", Entry(file: "actor.npz", kind: .nodeClassification)),
        ("texas", Entry(file: "texas.npz", kind: .nodeClassification)),
        ("cornell", Entry(file: "cornell.npz", kind: .nodeClassification)),
        ("wisconsin", Entry(file: "wisconsin.npz", kind: .nodeClassification)),
        ("computers", Entry(file: "amazon_computers.npz", kind: .nodeClassification)),
        ("photo", Entry(file: "amazon_photo.npz", kind: .nodeClassification)),
        ("mutag", Entry(file: "mutag.npz", kind: .graphClassification)),
        ("ptc_mr", Entry(file: "ptc_mr.npz", kind: .graphClassification)),
        ("nci1", Entry(file: "nci1.npz", kind: .graphClassification)),
        ("proteins", Entry(file: "proteins.npz", kind: .graphClassification)),
        ("imdb_binary", Entry(file: "imdb_binary.npz", kind: .graphClassification)),
        ("exp", Entry(file: "exp.npz", kind: .graphClassification)),
        ("csl", Entry(file: "csl.npz", kind: .graphClassification)),
        ("sr25", Entry(file: "sr25.npz", kind: .graphClassification)),
        ("zinc", Entry(file: "zinc_like.npz", kind: .graphRegression)),
        ("bernnet_images", Entry(file: "bernnet_images.npz", kind: .images)),
        ("tinyshakespeare", Entry(file: "tinyshakespeare.txt", kind: .text)),
    ]

    static let aliases: [String: String] = [
        "amazon_computers": "computers", "amazon_photo": "photo", "film": "actor", "zinc_like": "zinc",
        "pubmed_nofeatures": "pubmed", "imdb-binary": "imdb_binary", "ptc-mr": "ptc_mr", "shakespeare": "tinyshakespeare",
        "images": "bernnet_images",
    ]

    /// Every registered name, in a fixed order.
    public static var names: [String] { registry.map(\.0) }

    private static let cache = Mutex<[String: Dataset]>([:])

    /// Loads (or returns the cached) dataset `name` (case-insensitive; aliases such as "film" and "zinc_like" work).
    /// - Throws: ``DataError/unknownDataset(name:known:)`` listing the known names, or a file error.
    public static func load(_ name: String) throws -> Dataset {
        let lower = name.lowercased()
        let key = aliases[lower] ?? lower
        guard let entry = registry.first(where: { $0.0 == key })?.1 else {
            throw DataError.unknownDataset(name: name, known: names)
        }
        if let d = cache.withLock({ $0[key] }) { return d }
        let path = try DataLocator.path(of: entry.file)
        let d: Dataset
        switch entry.kind {
        case .text:
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw DataError.malformed(file: path, reason: "cannot read UTF-8 text")
            }
            d = Dataset(name: key, kind: .text, arrays: nil, graph: nil, x: nil, labels: [], classCount: 0, graphs: [], text: text)
        case .nodeClassification:
            d = try loadNodeDataset(key, NpzFile(path: path))
        case .graphClassification, .graphRegression:
            d = try loadGraphDataset(key, entry.kind, NpzFile(path: path))
        case .images:
            let npz = try NpzFile(path: path)
            let ei = try npz["edge_index"].ints()
            let e = ei.count / 2
            let images = try npz["images"]
            let pixels = images.shape.dropFirst().reduce(1, *)
            let graph = try Graph(sources: Array(ei[0..<e]), targets: Array(ei[e...]), nodeCount: pixels)
            d = Dataset(name: key, kind: .images, arrays: npz, graph: graph, x: images.tensor(), labels: [], classCount: 0,
                        graphs: [], text: nil)
        }
        return cache.withLock { c in
            if let existing = c[key] { return existing }  // another thread loaded it meanwhile
            c[key] = d
            return d
        }
    }

    static func loadNodeDataset(_ name: String, _ npz: NpzFile) throws -> Dataset {
        let y = try npz["y"].ints()
        let ei = try npz["edge_index"].ints()
        let e = ei.count / 2
        let graph = try Graph(sources: Array(ei[0..<e]), targets: Array(ei[e...]), nodeCount: y.count)
        let x = npz.contains("x") ? try npz["x"].tensor() : nil
        let classes = npz.contains("num_classes") ? Int(try npz["num_classes"].scalar()) : (y.max() ?? -1) + 1
        return Dataset(name: name, kind: .nodeClassification, arrays: npz, graph: graph, x: x, labels: y,
                       classCount: classes, graphs: [], text: nil)
    }

    static func loadGraphDataset(_ name: String, _ kind: DatasetKind, _ npz: NpzFile) throws -> Dataset {
        let nodePtr = try npz["node_ptr"].ints(), edgePtr = try npz["edge_ptr"].ints()
        let ei = try npz["edge_index"].ints()
        let e = ei.count / 2
        let xArray = try npz["x"]
        let features = xArray.shape.count == 2 ? xArray.shape[1] : 1
        let x = xArray.floats()
        let yArray = try npz["y"]
        let yValues = yArray.doubles()
        let labels = kind == .graphClassification ? yValues.map { Int($0) } : [Int](repeating: 0, count: yValues.count)
        let nodeLabels = npz.contains("node_label") ? try npz["node_label"].ints() : nil
        var edgeAttr: [Float]? = nil, edgeWidth = 0
        if npz.contains("edge_attr") {
            let a = try npz["edge_attr"]
            edgeAttr = a.floats()
            edgeWidth = a.shape.count == 2 ? a.shape[1] : 1
        }
        var graphs: [GraphSample] = []
        graphs.reserveCapacity(nodePtr.count - 1)
        for g in 0..<(nodePtr.count - 1) {
            if g % 1024 == 0 { try Interruption.check() }
            let n0 = nodePtr[g], n1 = nodePtr[g + 1], e0 = edgePtr[g], e1 = edgePtr[g + 1]
            let graph = try Graph(sources: Array(ei[e0..<e1]), targets: Array(ei[(e + e0)..<(e + e1)]), nodeCount: n1 - n0)
            let xs = Tensor(shape: [n1 - n0, features], storage: .f32(Array(x[(n0 * features)..<(n1 * features)])))
            let ea = edgeAttr.map { Tensor(shape: [e1 - e0, edgeWidth], storage: .f32(Array($0[(e0 * edgeWidth)..<(e1 * edgeWidth)]))) }
            graphs.append(GraphSample(graph: graph, x: xs, label: labels[g], target: yValues[g],
                                      nodeLabels: nodeLabels.map { Array($0[n0..<n1]) }, edgeAttributes: ea))
        }
        let classes = kind == .graphClassification
            ? (npz.contains("num_classes") ? Int(try npz["num_classes"].scalar()) : (labels.max() ?? -1) + 1) : 0
        return Dataset(name: name, kind: kind, arrays: npz, graph: nil, x: nil, labels: kind == .graphClassification ? labels : [],
                       classCount: classes, graphs: graphs, text: nil)
    }
}
