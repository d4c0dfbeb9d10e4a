// Checks generic arithmetic with Numeric, BinaryInteger and FloatingPoint constraints.
func sum<T: Numeric>(_ values: [T]) -> T {
    var total: T = 0
    for v in values { total += v }
    return total
}

func average<T: FloatingPoint>(_ values: [T]) -> T {
    values.isEmpty ? 0 : sum(values) / T(values.count)
}

func evens<T: BinaryInteger>(_ values: [T]) -> [T] {
    values.filter { $0 % 2 == 0 }
}

print(sum([1, 2, 3, 4]))
print(sum([0.1, 0.2, 0.3]))
print(sum([Float(1.5), 2.25]))
print(sum([UInt8(200), 50]))
print(average([2.0, 3.0, 7.0]))
print(average([Float]()))
print(evens([1, 2, 3, 4, 5, 6]))
print(evens([UInt(10), 15, 20]))
print(sum(evens(Array(1...10))))
