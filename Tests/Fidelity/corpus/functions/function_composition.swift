// Checks composing functions with a custom operator and with a compose helper (no generics).
func compose(_ f: @escaping (Int) -> Int, _ g: @escaping (Int) -> Int) -> (Int) -> Int {
    return { x in g(f(x)) }
}
infix operator >>> : AdditionPrecedence
func >>> (f: @escaping (Int) -> Int, g: @escaping (Int) -> Int) -> (Int) -> Int {
    compose(f, g)
}
func increment(_ x: Int) -> Int { x + 1 }
func double(_ x: Int) -> Int { x * 2 }
func square(_ x: Int) -> Int { x * x }

let incThenDouble = compose(increment, double)
let doubleThenInc = compose(double, increment)
print(incThenDouble(5), doubleThenInc(5))
let pipeline = increment >>> double >>> square
print(pipeline(2))
print((1...5).map(pipeline))

let steps: [(Int) -> Int] = [increment, square, double, increment]
let all = steps.reduce({ $0 }) { composed, next in compose(composed, next) }
print(all(3))

func toText(_ f: @escaping (Int) -> Int) -> (Int) -> String {
    { "result=\(f($0))" }
}
print(toText(square >>> increment)(9))
