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
