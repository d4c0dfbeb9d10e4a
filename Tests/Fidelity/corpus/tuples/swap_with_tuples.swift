// Checks swapping values with tuple assignment and the swap function.
var a = 1
var b = 2
(a, b) = (b, a)
print(a, b)
var x = "left", y = "right"
swap(&x, &y)
print(x, y)
var fibPair = (0, 1)
for _ in 0..<10 {
    fibPair = (fibPair.1, fibPair.0 + fibPair.1)
}
print(fibPair)
var arr = [5, 3, 8, 1]
arr.swapAt(0, 3)
print(arr)
var (p, q, r) = (1, 2, 3)
(p, q, r) = (r, p, q)
print(p, q, r)
