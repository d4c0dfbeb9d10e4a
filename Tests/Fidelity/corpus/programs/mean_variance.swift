// Checks mean, variance, standard deviation and median over [Double].
func mean(_ xs: [Double]) -> Double {
    xs.reduce(0, +) / Double(xs.count)
}

func variance(_ xs: [Double], sample: Bool = false) -> Double {
    let m = mean(xs)
    let squares = xs.map { ($0 - m) * ($0 - m) }.reduce(0, +)
    return squares / Double(sample ? xs.count - 1 : xs.count)
}

func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    let mid = s.count / 2
    return s.count % 2 == 0 ? (s[mid - 1] + s[mid]) / 2 : s[mid]
}

let data: [Double] = [2, 4, 4, 4, 5, 5, 7, 9]
print("mean:", mean(data))
print("variance:", variance(data))
print("std dev:", variance(data).squareRoot())
print("sample variance:", variance(data, sample: true))
print("median:", median(data), median([3, 1, 2]))
let temps = [21.3, 19.8, 23.1, 22.4, 20.0]
print(mean(temps), variance(temps))
print(temps.min()!, temps.max()!)
