// Checks divisor sums: perfect, abundant and deficient numbers, and amicable pairs.
func divisorSum(_ n: Int) -> Int {
    if n < 2 { return 0 }
    var sum = 1
    var d = 2
    while d * d <= n {
        if n % d == 0 {
            sum += d
            if d != n / d { sum += n / d }
        }
        d += 1
    }
    return sum
}

let perfect = (1...10_000).filter { divisorSum($0) == $0 }
print("perfect:", perfect)

var kinds = ["deficient": 0, "perfect": 0, "abundant": 0]
for n in 1...100 {
    let s = divisorSum(n)
    let kind = s < n ? "deficient" : (s == n ? "perfect" : "abundant")
    kinds[kind]! += 1
}
for k in kinds.keys.sorted() {
    print(k, kinds[k]!)
}
var amicable: [(Int, Int)] = []
for a in 2...3000 {
    let b = divisorSum(a)
    if b > a && divisorSum(b) == a { amicable.append((a, b)) }
}
print(amicable)
