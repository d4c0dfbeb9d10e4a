Tensor.arange(0, 1e300)
