Tensor.ones([Int.max, 2])
