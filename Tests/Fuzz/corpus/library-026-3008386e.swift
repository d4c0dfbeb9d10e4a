let m = Tensor([[1, 2], [3, 4]])
m[0, 5]
