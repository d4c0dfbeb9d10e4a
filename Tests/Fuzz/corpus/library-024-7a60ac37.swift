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
