// Tuples
let pair = (1, "one")
let named = (x: 3, y: 4)
let (p, q) = pair
print(pair.0, pair.1, named.x + named.y, p, q)
print(named)
var (m, k) = (1, 2)
(m, k) = (k, m)
print(m, k)
