func f(x: Int) -> Int { x }
f(y: 3)
