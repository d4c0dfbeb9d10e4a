var acc = Tensor.zeros([3])
for i in 1...3 { acc += Tensor.ones([3]) * Double(i) }
print(acc.scalars, acc[0...1].scalars, Tensor.linspace(0, 1, count: 3).scalars)
