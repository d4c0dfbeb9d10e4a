// Checks a generic memoizing wrapper class with Hashable keys and closures.
final class Memo<Input: Hashable, Output> {
    private var cache: [Input: Output] = [:]
    private let compute: (Input) -> Output
    var misses = 0

    init(_ compute: @escaping (Input) -> Output) {
        self.compute = compute
    }

    func callAsFunction(_ x: Input) -> Output {
        if let hit = cache[x] { return hit }
        misses += 1
        let y = compute(x)
        cache[x] = y
        return y
    }
}

let square = Memo<Int, Int> { $0 * $0 }
print(square(4), square(4), square(5))
print("misses:", square.misses)

let shout = Memo { (s: String) in s.uppercased() + "!" }
for w in ["hi", "yo", "hi", "hi"] {
    print(shout(w), terminator: " ")
}
print()
print("misses:", shout.misses)
