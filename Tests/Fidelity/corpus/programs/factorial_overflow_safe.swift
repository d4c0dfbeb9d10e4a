// Checks factorial with multipliedReportingOverflow returning nil instead of trapping, plus a recursive version.
func factorial(_ n: Int) -> Int? {
    var result = 1
    for i in stride(from: 2, through: n, by: 1) {
        let (product, overflow) = result.multipliedReportingOverflow(by: i)
        if overflow { return nil }
        result = product
    }
    return result
}

func recursiveFactorial(_ n: Int) -> Int {
    n <= 1 ? 1 : n * recursiveFactorial(n - 1)
}

for n in [0, 1, 5, 10, 20, 21, 25] {
    if let f = factorial(n) {
        print("\(n)! = \(f)")
    } else {
        print("\(n)! overflows Int")
    }
}
print(recursiveFactorial(12))
let largest = (0...30).last { factorial($0) != nil }!
print("largest n with n! in Int: \(largest)")
print(Int.max)
