// Checks typealiases for function types, optional closure properties called with ?(), and closures in a dictionary.
typealias Handler = (String) -> Void
typealias BinaryOp = (Double, Double) -> Double

var onMessage: Handler? = nil
onMessage?("ignored")
print(onMessage == nil)
onMessage = { text in print("received: \(text)") }
onMessage?("ping")

let ops: [String: BinaryOp] = [
    "add": { $0 + $1 },
    "sub": { $0 - $1 },
    "mul": { $0 * $1 },
    "div": { $1 == 0 ? 0 : $0 / $1 },
]
for name in ops.keys.sorted() {
    let result = ops[name]!(12, 4)
    print("\(name)(12, 4) = \(result)")
}
let missing = ops["pow"]?(2, 3)
print(missing as Any)

func run(_ op: BinaryOp?, _ a: Double, _ b: Double) -> Double {
    guard let op else { return .nan }
    return op(a, b)
}
print(run(ops["mul"], 1.5, 4), run(nil, 1, 1))
