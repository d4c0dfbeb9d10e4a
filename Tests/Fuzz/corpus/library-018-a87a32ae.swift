do {
    _ = try Tensor.ones([2, 3]).matmul(Tensor.ones([2, 3]))
} catch {
    print("matmul failed")
}
