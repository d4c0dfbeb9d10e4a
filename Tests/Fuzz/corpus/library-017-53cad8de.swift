Tensor.ones([2, 3]) + Tensor.ones([4])
