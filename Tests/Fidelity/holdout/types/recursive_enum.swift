// Checks indirect enums for an arithmetic expression tree and its evaluation.
indirect enum ArithmeticExpression {
    case number(Int)
    case addition(ArithmeticExpression, ArithmeticExpression)
    case multiplication(ArithmeticExpression, ArithmeticExpression)
    case negation(ArithmeticExpression)
}
func evaluate(_ expression: ArithmeticExpression) -> Int {
    switch expression {
    case let .number(value):
        return value
    case let .addition(left, right):
        return evaluate(left) + evaluate(right)
    case let .multiplication(left, right):
        return evaluate(left) * evaluate(right)
    case let .negation(inner):
        return -evaluate(inner)
    }
}
func render(_ e: ArithmeticExpression) -> String {
    switch e {
    case .number(let v): return String(v)
    case .addition(let l, let r): return "(\(render(l)) + \(render(r)))"
    case .multiplication(let l, let r): return "\(render(l)) * \(render(r))"
    case .negation(let i): return "-\(render(i))"
    }
}
let five = ArithmeticExpression.number(5)
let four = ArithmeticExpression.number(4)
let sum = ArithmeticExpression.addition(five, four)
let product = ArithmeticExpression.multiplication(sum, ArithmeticExpression.number(2))
let negated = ArithmeticExpression.negation(product)
print(render(product), "=", evaluate(product))
print(render(negated), "=", evaluate(negated))
enum List {
    case empty
    indirect case node(Int, List)
}
func toArray(_ l: List) -> [Int] {
    if case let .node(v, next) = l { return [v] + toArray(next) }
    return []
}
print(toArray(.node(1, .node(2, .node(3, .empty)))))
