let a = Tensor([[1, 2], [3, 4]])
print(a.shape, a.count, a.rank)
// expect: [2, 2] 4 2
print((a + 1).scalars, (a * a).scalars, (a - a.T).scalars)
// expect: [2.0, 3.0, 4.0, 5.0] [1.0, 4.0, 9.0, 16.0] [0.0, -1.0, 1.0, 0.0]
print(a.matmul(Tensor.eye(2)).scalars, a.sum(axis: 1).scalars, a.mean().item())
// expect: [1.0, 2.0, 3.0, 4.0] [3.0, 7.0] 2.5
print(Tensor([[0, 0]]).softmax().scalars, a[1, 0], a[-1].scalars, (-a).scalars)
// expect: [0.5, 0.5] 3.0 [3.0, 4.0] [-1.0, -2.0, -3.0, -4.0]
// ---
let w = Parameter(Tensor([[2.0], [-1.0]]))
let x = Tensor([[1, 1], [2, 3]])
let loss = x.matmul(w).square().sum()
loss.backward()
print(loss.item(), w.grad!.scalars)
// expect: 2.0 [6.0, 8.0]
// ---
Tensor.ones([2, 3]) + Tensor.ones([4])
// expect error: incompatible
// ---
do {
    _ = try Tensor.ones([2, 3]).matmul(Tensor.ones([2, 3]))
} catch {
    print("matmul failed")
}
// expect: matmul failed
// ---
let cora = Datasets.load("cora")
print(cora.nodeCount, cora.featureCount, cora.classCount)
// expect: 2708 1433 7
// ---
Datasets.load("nope")
// expect error: known datasets: cora
// ---
let fig = Figure(width: 300, height: 200)
fig.axes.line([1, 2, 3], label: "y")
fig.axes.title("Demo")
print(fig.axes.title!, fig.pngData().prefix(4))
// expect: Demo [137, 80, 78, 71]
// ---
Figure()[1, 1]
// expect error: subplot
// ---
let model = Linear(3, 2, seed: 1)
let opt = SGD(model.parameters(), lr: 0.1)
let input = Tensor.randn([5, 3], seed: 2)
var losses: [Double] = []
for _ in 0..<10 {
    opt.zeroGrad()
    let l = model(input).square().mean()
    l.backward()
    opt.step()
    losses.append(l.item())
}
print(losses.count, losses.last! < losses.first!)
// expect: 10 true
// ---
let p = Parameter(Tensor([3.0]))
let adam = Adam([p], lr: 0.5)
let history = TrainingLoop.run(epochs: 30, label: "quadratic") { epoch in
    adam.zeroGrad()
    let loss = (p * p).sum()
    loss.backward()
    adam.step()
    return ["loss": loss.item()]
}
print(history.epochCount, history["loss"].count, abs(p.item()) < 1, history.plot().description)
// expect: 30 30 true Figure 640×400, 1×1 axes, 1 mark
// ---
var acc = Tensor.zeros([3])
for i in 1...3 { acc += Tensor.ones([3]) * Double(i) }
print(acc.scalars, acc[0...1].scalars, Tensor.linspace(0, 1, count: 3).scalars)
// expect: [6.0, 6.0, 6.0] [6.0, 6.0] [0.0, 0.5, 1.0]
// ---
let m = Tensor([[1, 2], [3, 4]])
m[0, 5]
// expect error: out of range
// ---
// Absurd tensors are refused before anything is allocated; the session survives.
let keep = 41
Tensor.zeros([100000, 100000, 100000])
// expect error: the limit is
// ---
Tensor.ones([Int.max, 2])
// expect error: more elements than an Int can count
// ---
Tensor.arange(0, 1e300)
// expect error: too many values
// ---
print(keep + 1)
// expect: 42
