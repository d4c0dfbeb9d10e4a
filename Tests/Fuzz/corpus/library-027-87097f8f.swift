// Absurd tensors are refused before anything is allocated; the session survives.
let keep = 41
Tensor.zeros([100000, 100000, 100000])
