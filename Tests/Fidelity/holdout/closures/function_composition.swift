// Checks higher-order functions: composition, currying and pipelines of closures.
func compose<A, B, C>(_ f: @escaping (A) -> B, _ g: @escaping (B) -> C) -> (A) -> C {
    return { g(f($0)) }
}
let double = { (x: Int) in x * 2 }
let increment = { (x: Int) in x + 1 }
let doubleThenIncrement = compose(double, increment)
let incrementThenDouble = compose(increment, double)
print(doubleThenIncrement(5), incrementThenDouble(5))
func adder(_ a: Int) -> (Int) -> Int { { b in a + b } }
let addFive = adder(5)
print(addFive(10), adder(1)(2))
let pipeline: [(Int) -> Int] = [double, increment, { $0 * $0 }, { $0 - 3 }]
let result = pipeline.reduce(3) { value, f in f(value) }
print("pipeline result: \(result)")
func applyTwice<T>(_ f: (T) -> T, to x: T) -> T { f(f(x)) }
print(applyTwice(double, to: 7))
print(applyTwice({ $0 + "!" }, to: "hey"))
let shout = compose({ (s: String) in s.uppercased() }, { $0 + "!!!" })
print(shout("hello"))
func repeatAction(_ times: Int, _ action: (Int) -> Void) {
    for i in 0..<times { action(i) }
}
repeatAction(3) { print("action #\($0)") }
