// Checks generic higher-order functions taking closures: myMap, myFilter, myReduce, compose.
func myMap<T, U>(_ xs: [T], _ f: (T) -> U) -> [U] {
    var out: [U] = []
    for x in xs { out.append(f(x)) }
    return out
}

func myFilter<T>(_ xs: [T], _ keep: (T) -> Bool) -> [T] {
    var out = [T]()
    for x in xs where keep(x) { out.append(x) }
    return out
}

func myReduce<T, R>(_ xs: [T], _ initial: R, _ f: (R, T) -> R) -> R {
    var acc = initial
    for x in xs { acc = f(acc, x) }
    return acc
}

func compose<A, B, C>(_ f: @escaping (A) -> B, _ g: @escaping (B) -> C) -> (A) -> C {
    { g(f($0)) }
}

let nums = [1, 2, 3, 4, 5, 6]
print(myMap(nums) { $0 * 10 })
print(myMap(nums, String.init))
print(myFilter(nums) { $0.isMultiple(of: 3) })
print(myReduce(nums, 0, +))
print(myReduce(["a", "b", "c"], "") { $0 + $1 + $1 })
let lengthThenDouble = compose({ (s: String) in s.count }, { Double($0) * 1.5 })
print(lengthThenDouble("swift"))
print(myMap(["x", "yy"], compose({ $0.count }, { $0 * $0 })))
