struct P { var a: Int }
let pp = P(a: 1)
print(pp.b)
