let h = TrainingLoop.run(epochs: 5) { epoch in
    if epoch == 2 { [1][7] }
    return ["loss": Double(epoch)]
}
