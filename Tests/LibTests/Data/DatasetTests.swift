import Testing
import Foundation
@testable import Lib

/// Every shipped dataset loads with the statistics its README states.
@Suite struct DatasetTests {
    struct NodeStats { let name: String; let nodes: Int; let edges: Int; let features: Int; let classes: Int }

    @Test(arguments: [
        NodeStats(name: "cora", nodes: 2708, edges: 10_556, features: 1433, classes: 7),
        NodeStats(name: "citeseer", nodes: 3327, edges: 9104, features: 3703, classes: 6),
        NodeStats(name: "pubmed", nodes: 19_717, edges: 88_648, features: 0, classes: 3),
        NodeStats(name: "chameleon", nodes: 2277, edges: 62_742, features: 2325, classes: 5),
        NodeStats(name: "squirrel", nodes: 5201, edges: 396_706, features: 2089, classes: 5),
        NodeStats(name: "actor", nodes: 7600, edges: 53_318, features: 932, classes: 5),
        NodeStats(name: "texas", nodes: 183, edges: 558, features: 1703, classes: 5),
        NodeStats(name: "cornell", nodes: 183, edges: 554, features: 1703, classes: 5),
        NodeStats(name: "wisconsin", nodes: 251, edges: 900, features: 1703, classes: 5),
        NodeStats(name: "computers", nodes: 13_752, edges: 491_722, features: 767, classes: 10),
        NodeStats(name: "photo", nodes: 7650, edges: 238_162, features: 745, classes: 8),
    ])
    func nodeDatasetStatistics(_ s: NodeStats) throws {
        let d = try Datasets.load(s.name)
        #expect(d.kind == .nodeClassification)
        #expect(d.nodeCount == s.nodes && d.edgeCount == s.edges && d.featureCount == s.features && d.classCount == s.classes)
        #expect(d.graph!.isUndirected && !d.graph!.hasSelfLoops)
        #expect(d.labels.count == s.nodes)
    }

    struct GraphStats { let name: String; let graphs: Int; let nodes: Int; let edges: Int; let features: Int; let classSizes: [Int] }

    @Test(arguments: [
        GraphStats(name: "mutag", graphs: 188, nodes: 3371, edges: 7442, features: 7, classSizes: [63, 125]),
        GraphStats(name: "ptc_mr", graphs: 344, nodes: 4915, edges: 10_108, features: 18, classSizes: [192, 152]),
        GraphStats(name: "nci1", graphs: 4110, nodes: 122_747, edges: 265_506, features: 37, classSizes: [2053, 2057]),
        GraphStats(name: "proteins", graphs: 1113, nodes: 43_471, edges: 162_088, features: 3, classSizes: [663, 450]),
        GraphStats(name: "imdb_binary", graphs: 1000, nodes: 19_773, edges: 193_062, features: 1, classSizes: [500, 500]),
        GraphStats(name: "exp", graphs: 1200, nodes: 58_442, edges: 145_060, features: 2, classSizes: [600, 600]),
        GraphStats(name: "csl", graphs: 150, nodes: 6150, edges: 24_600, features: 1, classSizes: [Int](repeating: 15, count: 10)),
        GraphStats(name: "sr25", graphs: 15, nodes: 375, edges: 4500, features: 1, classSizes: [Int](repeating: 1, count: 15)),
    ])
    func graphDatasetStatistics(_ s: GraphStats) throws {
        let d = try Datasets.load(s.name)
        #expect(d.kind == .graphClassification)
        #expect(d.count == s.graphs && d.nodeCount == s.nodes && d.edgeCount == s.edges)
        #expect(d.featureCount == s.features && d.classSizes == s.classSizes)
    }

    @Test func coraDetailsAndSplits() throws {
        let cora = try Datasets.load("cora")
        #expect(cora.classSizes == [351, 217, 418, 818, 426, 298, 180])
        let x = try #require(cora.x)
        #expect(x.shape == [2708, 1433] && x.scalars.allSatisfy { $0 == 0 || $0 == 1 })
        let standard = try cora.split(.standard)
        #expect((standard.train.count, standard.validation.count, standard.test.count) == (140, 500, 1000))
        let geom = try cora.split(.geomGCN(0))
        #expect((geom.train.count, geom.validation.count, geom.test.count) == (1192, 796, 497))
        let dense = try cora.split(.dense(seed: 0))
        #expect(dense.train.count + dense.validation.count + dense.test.count == 2708)
        #expect(Set(dense.train).isDisjoint(with: dense.test) && Set(dense.train).isDisjoint(with: dense.validation))
        #expect(Swift.abs(dense.train.count - 1625) <= 7)
        #expect(try cora.split(.dense(seed: 0)).train == dense.train)
        #expect(try cora.split(.dense(seed: 1)).train != dense.train)
        #expect(throws: TensorError.self) { try cora.split(.geomGCN(10)) }
    }

    @Test func heterophilousSplitsFromTheFile() throws {
        let chameleon = try Datasets.load("chameleon")
        let s = try chameleon.split(.geomGCN(0))
        #expect((s.train.count, s.validation.count, s.test.count) == (1092, 729, 456))
        #expect(chameleon.classSizes == [456, 460, 453, 521, 387])
        #expect(throws: DataError.self) { try chameleon.split(.standard) }
        let texas = try Datasets.load("texas")
        #expect(texas.classSizes == [33, 1, 18, 101, 30])
    }

    @Test func zincRegressionAndBatches() throws {
        let zinc = try Datasets.load("zinc")
        #expect(zinc.kind == .graphRegression && zinc.count == 12_000)
        #expect(zinc.nodeCount == 277_733 && zinc.edgeCount == 597_584 && zinc.featureCount == 28)
        let s = try zinc.split(.standard)
        #expect((s.train.count, s.validation.count, s.test.count) == (10_000, 1000, 1000))
        let val = s.validation.map { zinc.graphs[$0].target }
        let mean: Double = val.reduce(0, +) / 1000
        #expect(Swift.abs(mean - 0.031) < 0.001)
        let batch = try zinc.batch(Array(0..<128))
        #expect(batch.batch.count == 128 && batch.x.shape == [batch.batch.graph.nodeCount, 28])
        #expect(batch.nodeLabels?.count == batch.batch.graph.nodeCount)
        #expect(try zinc[0].edgeAttributes?.shape == [zinc[0].graph.edgeCount, 4])
        #expect(zinc.prefix(64).count == 64)
    }

    @Test func kFoldPartitionsGraphs() throws {
        let mutag = try Datasets.load("mutag")
        var tests: [Int] = []
        for fold in 0..<10 {
            let s = try mutag.split(.kFold(k: 10, fold: fold, seed: 0))
            #expect(s.train.count + s.validation.count + s.test.count == 188)
            #expect(Set(s.train).isDisjoint(with: s.test))
            tests += s.test
        }
        #expect(tests.sorted() == Array(0..<188))
    }

    @Test func imagesAndText() throws {
        let images = try Datasets.load("bernnet_images")
        #expect(images.x?.shape == [50, 100, 100])
        #expect(images.graph?.edgeIndex == Graph.grid(rows: 100, columns: 100).symmetrized().edgeIndex)
        #expect(try images.arrays!["mask"].ints().reduce(0, +) == 9216)
        let text = try Datasets.load("shakespeare")
        #expect(text.text?.utf8.count == 1_115_394)
        #expect(Set(text.text!).count == 65)
    }

    @Test func unknownNamesListTheKnownOnes() {
        do {
            _ = try Datasets.load("coraa")
            Issue.record("expected an error")
        } catch let e as DataError {
            #expect(e.description.contains("coraa") && e.description.contains("cora") && e.description.contains("zinc"))
        } catch { Issue.record("wrong error \(error)") }
    }
}

@Suite struct NpyTests {
    @Test func parsesHeadersAndScalars() throws {
        func npy(_ header: String, _ body: [UInt8]) -> Data {
            var h = header
            while (10 + h.count + 1) % 16 != 0 { h += " " }
            h += "\n"
            return Data([0x93] + Array("NUMPY".utf8) + [1, 0, UInt8(h.count & 0xFF), UInt8(h.count >> 8)] + Array(h.utf8) + body)
        }
        let scalar = try NpyArray(name: "n", npy: npy("{'descr': '<i8', 'fortran_order': False, 'shape': (), }", [7, 0, 0, 0, 0, 0, 0, 0]))
        #expect(scalar.shape == [])
        #expect(try scalar.scalar() == 7)
        let f = try NpyArray(name: "f", npy: npy("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 1), }", [0, 0, 0x80, 0x3F, 0, 0, 0, 0x40]))
        #expect(f.shape == [2, 1] && f.floats() == [1, 2])
        let b = try NpyArray(name: "b", npy: npy("{'descr': '|b1', 'fortran_order': False, 'shape': (3,), }", [1, 0, 1]))
        #expect(try b.bools() == [true, false, true])
        #expect(throws: DataError.self) { try NpyArray(name: "x", npy: Data([1, 2, 3])) }
        #expect(throws: DataError.self) {
            try NpyArray(name: "x", npy: npy("{'descr': '<f4', 'fortran_order': True, 'shape': (1,), }", [0, 0, 0, 0]))
        }
        #expect(throws: DataError.self) { try f.ints() }
    }

    @Test func locatorUsesTheEnvironmentVariableAndFindsData() throws {
        let dir = try DataLocator.dataDirectory()
        #expect(FileManager.default.fileExists(atPath: dir + "/cora.npz"))
        let npz = try NpzFile(path: dir + "/mutag.npz")
        #expect(npz.names.contains("edge_index"))
        #expect(throws: DataError.self) { try npz["nope"] }
    }

    @Test func locatorSearchOrder() throws {
        let dir = try DataLocator.dataDirectory()
        let repo = (dir as NSString).deletingLastPathComponent
        // the environment variable wins, either as the data directory or its parent
        #expect(DataLocator.locate(environment: dir, startDirectories: ["/"]).directory == dir)
        #expect(DataLocator.locate(environment: repo, startDirectories: ["/"]).directory == dir)
        // otherwise walk up from a start directory
        let nested = repo + "/Sources/Lib/Core/Tensor"
        #expect(DataLocator.locate(environment: "/nonexistent", startDirectories: [nested]).directory == dir)
        let missing = DataLocator.locate(environment: nil, startDirectories: ["/proc"])
        #expect(missing.directory == nil && missing.searched.contains("/proc"))
    }
}
