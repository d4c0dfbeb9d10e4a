import Foundation
import Protocol
import Testing
@testable import Kernel

/// Cells that use the research library and the plotting library through the registry.
@Suite struct LibraryBindingsTests {
    // MARK: - Tensors

    @Test func tensorArithmeticValues() {
        let (out, o) = run1("""
        let a = Tensor([[1, 2], [3, 4]])
        let b = Tensor.ones([2, 2])
        print((a + b).scalars, (a * 2).scalars, (10 - a).scalars, (a / 2).scalars)
        print(a.matmul(a).scalars, (a • b).scalars, a.transposed().scalars, a.T.scalars)
        print(a.sum().item(), a.sum(axis: 0).scalars, a.mean(axis: 1).scalars, a.max().item(), a.argmax(axis: 1).ints)
        print(a.shape, a.reshaped([4]).shape, a[1].scalars, a[0, 1], a[0..<1].shape, Tensor.arange(4).scalars)
        """)
        #expect(o.error == nil, "\(String(describing: o.error))")
        #expect(out == """
        [2.0, 3.0, 4.0, 5.0] [2.0, 4.0, 6.0, 8.0] [9.0, 8.0, 7.0, 6.0] [0.5, 1.0, 1.5, 2.0]
        [7.0, 10.0, 15.0, 22.0] [3.0, 3.0, 7.0, 7.0] [1.0, 3.0, 2.0, 4.0] [1.0, 3.0, 2.0, 4.0]
        10.0 [4.0, 6.0] [1.5, 3.5] 4.0 [1, 1]
        [2, 2] [4] [3.0, 4.0] 2.0 [1, 2] [0.0, 1.0, 2.0, 3.0]

        """)
    }

    @Test func seededCreationIsDeterministic() {
        let (out, o) = run1("""
        let x = Tensor.randn([3, 4], seed: 7), y = Tensor.randn([3, 4], seed: 7), z = Tensor.randn([3, 4], seed: 8)
        print(x.scalars == y.scalars, x.scalars == z.scalars, Tensor.glorot([4, 2], seed: 1).shape)
        let u = Tensor.uniform([1000], low: 2, high: 3, seed: 0)
        print(u.scalars.min()! >= 2, u.scalars.max()! < 3)
        print(Tensor([0.1], dtype: "float64").scalars, Tensor.zeros([2], dtype: "float64").dtype, Tensor([0.5]).dtype)
        """)
        #expect(o.error == nil, "\(String(describing: o.error))")
        #expect(out == "true false [4, 2]\ntrue true\n[0.1] float64 float32\n")
    }

    @Test func tensorDisplayLikeNumPy() {
        let small = run1("Tensor([[1, 2, 3], [4, 5, 6]])").outcome.text
        #expect(small == "Tensor(shape: [2, 3], float32)\n[[1, 2, 3],\n [4, 5, 6]]")
        let frac = run1("Tensor([0.5, -1.25])").outcome.text
        #expect(frac == "Tensor(shape: [2], float32)\n[ 0.5000, -1.2500]")
        let long = run1("Tensor.arange(2000)").outcome.text
        #expect(long == "Tensor(shape: [2000], float32)\n[   0,    1,    2, …, 1997, 1998, 1999]")
        let param = run1("Parameter(Tensor.zeros([2]), name: \"bias\")").outcome.text
        #expect(param == "Parameter(shape: [2], float32, requiresGrad, name: \"bias\")\n[0, 0]")
    }

    // MARK: - Autodiff

    @Test func gradientOfSmallExpression() {
        let (out, o) = run1("""
        let x = Parameter(Tensor([1.0, 2.0, 3.0]))
        let y = (x * x * 3 + x).sum()    // dy/dx = 6x + 1
        y.backward()
        print(y.item(), x.grad!.scalars)
        x.zeroGrad()
        print(x.grad == nil)
        let w = Parameter(Tensor.glorot([64, 10], seed: 1))
        let loss = Tensor.randn([128, 64], seed: 0).matmul(w).relu().mean()
        loss.backward()
        print(w.grad!.shape, w.requiresGrad)
        """)
        #expect(o.error == nil, "\(String(describing: o.error))")
        #expect(out == "48.0 [7.0, 13.0, 19.0]\ntrue\n[64, 10] true\n")
    }

    // MARK: - Errors

    @Test func shapeMismatchIsACellError() {
        let o = run1("Tensor.zeros([2, 3]).matmul(Tensor.zeros([4, 5]))").outcome
        let e = o.error
        #expect(e != nil)
        #expect(e?.value.contains("[2, 3]") == true && e?.value.contains("[4, 5]") == true, "\(String(describing: e))")
        let op = run1("Tensor.zeros([2]) + Tensor.zeros([3])").outcome.error
        #expect(op?.value.contains("[2]") == true && op?.value.contains("[3]") == true, "\(String(describing: op))")
        let (out, caught) = run1("""
        do { _ = try Tensor.ones([2, 2]).reshaped([3]) } catch { print("caught:", error) }
        """)
        #expect(caught.error == nil)
        #expect(out.hasPrefix("caught: reshape"), "\(out)")
        let index = run1("Tensor.zeros([2, 2])[5]").outcome.error
        #expect(index?.value.contains("index 5 is out of range") == true, "\(String(describing: index))")
    }

    // MARK: - Figures

    @Test func figureDisplaysAsPNGAndSVG() throws {
        let interp = SwiftInterpreter()
        let (sink, outcomes) = runCells("""
        let fig = Figure(width: 320, height: 240, rows: 1, columns: 2)
        fig[0, 0].line([0, 1, 2, 3], [0, 1, 4, 9], label: "square", style: "dashed")
        fig[0, 0].line([0, 1, 2, 3], [0, 2, 4, 6], label: "double", color: .purple, style: .dotted, marker: .diamond)
        fig[0, 1].scatter([1, 2, 3], [3.5, 1, 2], color: "red")
        fig[0, 1].hist(Tensor.randn([200], seed: 0), bins: 12)
        Figure(rows: 1, columns: 2)[1].image(Tensor.uniform([4, 5, 3], seed: 1))
        Figure().axes.heatmap(Tensor.randn([3, 4], seed: 2), colorMap: "magma")
        fig.axes.title("Squares")
        fig.axes.xlabel("x")
        fig.axes.legend("upperLeft")
        display(fig)
        fig
        """, interpreter: interp)
        guard case .ok(let result?) = outcomes[0] else { Issue.record("cell failed: \(outcomes[0])"); return }
        #expect(sink.displays.count == 1)
        for bundle in [result, sink.displays[0].bundle] {
            let png = try #require(bundle.data["image/png"]?.stringValue.flatMap { Data(base64Encoded: $0) })
            #expect(Array(png.prefix(8)) == [137, 80, 78, 71, 13, 10, 26, 10])
            let svg = try #require(bundle.data["image/svg+xml"]?.stringValue)
            #expect(svg.contains("<svg") && svg.contains("Squares"))
            #expect(bundle.plainText?.hasPrefix("Figure 320×240, 1×2 axes") == true)
            #expect(bundle.metadata["image/png"] == .object(JSONObject([("width", .number(JSONNumber(320))), ("height", .number(JSONNumber(240)))])))
        }
    }

    @Test func figureSavesTheNamedFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bindings-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let png = dir.appendingPathComponent("fig.png").path, svg = dir.appendingPathComponent("fig.svg").path
        let (_, o) = run1("""
        let fig = Figure(width: 200, height: 150)
        fig.axes.bar(["a", "b"], [3, 5])
        fig.save("\(png)")
        fig.save("\(svg)")
        fig.pngData().count > 100
        """)
        #expect(o.text == "true", "\(o)")
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: png)).prefix(4)) == [137, 80, 78, 71])
        #expect(try String(contentsOfFile: svg, encoding: .utf8).contains("<svg"))
        let bad = run1("Figure().save(\"\(dir.path)/fig.gif\")").outcome.error
        #expect(bad?.value.contains("fig.gif") == true, "\(String(describing: bad))")
    }

    // MARK: - Datasets and graphs

    @Test func coraHasItsREADMECounts() {
        let (out, o) = run1("""
        let cora = Datasets.load("cora")
        print(cora.nodeCount, cora.featureCount, cora.classCount, cora.edgeCount, cora.edgeIndex.count, cora.edgeIndex[0].count)
        print(cora.x!.shape, cora.labels.count, cora.graph!.isUndirected)
        let s = cora.split(.dense(seed: 0))
        print(s.train.count + s.validation.count + s.test.count)
        """)
        #expect(o.error == nil, "\(String(describing: o.error))")
        #expect(out == "2708 1433 7 10556 2 10556\n[2708, 1433] 2708 true\n2708\n")
        let unknown = run1("Datasets.load(\"coraa\")").outcome.error
        #expect(unknown?.value.contains("unknown dataset 'coraa'") == true && unknown?.value.contains("citeseer") == true)
    }

    @Test func graphRoutines() {
        let (out, o) = run1("""
        let g = Graph(edgeIndex: [[0, 1, 1, 2], [1, 0, 2, 1]])
        print(g.nodeCount, g.edgeCount, g.outNeighbors(of: 1), g.distances(from: [0]), g.isUndirected)
        let e = g.laplacianEigen(normalized: false)
        print(e.values.map { ($0 * 1000).rounded() / 1000 })
        print(Graph.grid(rows: 2, columns: 3).edgeCount, g.egoNet(center: 0, hops: 1).nodeIds)
        """)
        #expect(o.error == nil, "\(String(describing: o.error))")
        #expect(out == "3 4 [0, 2] [0, 1, 2] true\n[0.0, 1.0, 3.0]\n14 [0, 1]\n")
    }

    // MARK: - Layers, optimizers, training

    @Test func trainingLoopLearnsAndShowsLiveProgress() {
        let (sink, outcomes) = runCells("""
        let x = Tensor.randn([64, 4], seed: 3)
        let labels = x.argmax(axis: 1).ints
        let model = MLP([4, 16, 4], seed: 0)
        let opt = Adam(model.parameters(), lr: 0.05)
        let history = TrainingLoop.run(epochs: 60, label: "toy") { epoch in
            opt.zeroGrad()
            let loss = Loss.crossEntropy(model(x), labels)
            loss.backward()
            opt.step()
            return ["loss": loss.value, "acc": Loss.accuracy(model(x), labels)]
        }
        print(history.metricNames, history.epochCount, history["loss"].last! < history["loss"].first!, opt.stepCount)
        print(history["acc"].last! > 0.8)
        """)
        #expect(outcomes[0].error == nil, "\(String(describing: outcomes[0].error))")
        #expect(sink.stdout == "[\"loss\", \"acc\"] 60 true 60\ntrue\n")
        let progress = sink.displays
        #expect(progress.first?.update == false)
        #expect(progress.count >= 2)
        #expect(Set(progress.map(\.id)).count == 1 && progress.first?.id != nil)
        #expect(progress.dropFirst().allSatisfy { $0.update })
        #expect(progress.last?.bundle.plainText?.hasPrefix("toy: 60/60 (done)  loss ") == true, "\(String(describing: progress.last?.bundle.plainText))")
    }

    @Test func sgdStepMovesAgainstTheGradient() {
        let (out, o) = run1("""
        let layer = Linear(2, 1, seed: 0)
        let opt = SGD(layer.parameters(), lr: 0.1)
        let x = Tensor([[1, 2]])
        let before = Loss.mse(layer(x), Tensor([[1]])).item()
        for _ in 0..<20 {
            opt.zeroGrad()
            let l = Loss.mse(layer(x), Tensor([[1]]))
            l.backward()
            opt.step()
        }
        let after = Loss.mse(layer(x), Tensor([[1]])).item()
        print(after < before * 0.01, layer.parameterCount, layer.weight.shape)
        """)
        #expect(o.error == nil, "\(String(describing: o.error))")
        #expect(out == "true 3 [2, 1]\n")
    }

    @Test func layersComposeAndRunOnAGraph() {
        let (out, o) = run1("""
        let net = Sequential([Linear(3, 8, seed: 1), ActivationLayer(.tanh), Dropout(0.5, seed: 2), Linear(8, 2, seed: 3)])
        net.eval()
        let y = net(Tensor.ones([5, 3]))
        print(y.shape, net.parameterCount, net.parameters().count, MLP([3, 4, 2], activation: .gelu).layers.count)
        let cora = Datasets.load("cora")
        let conv = GCNConv(cora.featureCount, 7, seed: 0)
        let h = conv(cora.x!, graph: cora.graph!)
        print(h.shape, Loss.accuracy(h, cora.labels) < 1)
        """)
        #expect(o.error == nil, "\(String(describing: o.error))")
        #expect(out == "[5, 2] 50 4 2\n[2708, 7] true\n")
    }

    @Test func gcnOnCoraTrainsFromACell() {
        let (out, o) = run1("""
        let cora = Datasets.load("cora")
        let split = cora.split(.standard)
        let trainLabels = split.train.map { cora.labels[$0] }
        let conv1 = GCNConv(cora.featureCount, 16, seed: 0), conv2 = GCNConv(16, cora.classCount, seed: 1)
        let opt = Adam(conv1.parameters() + conv2.parameters(), lr: 0.01, weightDecay: 0.0005)
        let g = cora.graph!, x = cora.x!.rowNormalized()
        let history = TrainingLoop.run(epochs: 20, label: "gcn cora") { epoch in
            opt.zeroGrad()
            let logits = conv2(conv1(x, graph: g).relu(), graph: g)
            let loss = Loss.crossEntropy(logits.indexSelect(split.train), trainLabels)
            loss.backward()
            opt.step()
            return ["loss": loss.value]
        }
        print(split.train.count, history["loss"].last! < history["loss"].first!)
        """)
        #expect(o.error == nil, "\(String(describing: o.error))")
        #expect(out == "140 true\n")
    }

    @Test func graphClassificationBatch() {
        let (out, o) = run1("""
        let mutag = Datasets.load("mutag")
        let b = mutag.batch([0, 1, 2, 3])
        let gin = GINConv(MLP([mutag.featureCount, 16, 16], seed: 0))
        let h = gin(b.x, graph: b.graph).relu()
        let pooled = b.batch.meanPool(h)
        print(mutag.count > 100, b.labels.count, b.batch.count, pooled.shape, mutag[0].graph.nodeCount == b.batch.batch.filter { $0 == 0 }.count)
        """)
        #expect(o.error == nil, "\(String(describing: o.error))")
        #expect(out == "true 4 4 [4, 16] true\n")
    }

    @Test func userTypesShadowLibraryNames() {
        let (out, o) = run1("""
        struct Graph { var nodes = 3 }
        let g = Graph()
        print(g.nodes)
        """)
        #expect(o.error == nil, "\(String(describing: o.error))")
        #expect(out == "3\n")
    }

    @Test func higherRankDisplayAndArgumentErrors() {
        let t = run1("Tensor.arange(8).reshaped([2, 2, 2])").outcome.text
        #expect(t == "Tensor(shape: [2, 2, 2], float32)\n[[[0, 1],\n  [2, 3]],\n\n [[4, 5],\n  [6, 7]]]")
        let ragged = run1("Tensor([[1, 2], [3]])").outcome.error
        #expect(ragged?.value.contains("ragged") == true, "\(String(describing: ragged))")
        let color = run1("Figure().axes.line([1, 2], color: \"chartreuse\")").outcome.error
        #expect(color?.value.contains("unknown color 'chartreuse'") == true, "\(String(describing: color))")
        let notParam = run1("SGD([Tensor.ones([2])], lr: 0.1)").outcome.error
        #expect(notParam?.value.contains("create trainable tensors with Parameter") == true, "\(String(describing: notParam))")
    }

    // MARK: - Completion data

    @Test func registryListsTensorMembers() {
        let b = Bindings.standard()
        let names = Set(b.memberNames(of: "Tensor"))
        for n in ["matmul", "backward", "grad", "shape", "sum", "relu", "softmax", "reshaped", "zeros", "randn", "subscript"] {
            #expect(names.contains(n), "Tensor lacks \(n)")
        }
        #expect(Set(b.memberNames(of: "Parameter")).isSuperset(of: ["backward", "grad", "zeroGrad"]))
        #expect(Set(b.memberNames(of: "Axes")).isSuperset(of: ["line", "scatter", "bar", "hist", "heatmap", "legend", "xlabel"]))
    }
}
