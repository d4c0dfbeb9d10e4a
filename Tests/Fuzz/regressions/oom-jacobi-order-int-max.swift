let p = Jacobi.values(order: 2, a: 0.0, b: 0.0, at: 0.5)
print(p)
print(Jacobi.normSquared(k: 2, a: 0, b: 0) == 0.4, Jacobi.orthonormalValues(order: 9223372036854775807, a: 0, b: 0, at: 1.0).count)