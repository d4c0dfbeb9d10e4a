// Checks that a generic function is specialized by type inference from its arguments and context.
func firstOrDefault<T>(_ items: [T], _ fallback: T) -> T {
    items.first ?? fallback
}

func describe<T>(_ value: T) -> String {
    "\(value) : \(type(of: value))"
}

print(firstOrDefault([4, 5], 0))
print(firstOrDefault([], "empty"))
print(describe(42))
print(describe(3.14))
print(describe("text"))
print(describe([1, 2]))
print(describe(["k": 1]))
print(describe((1, "one")))
print(describe(Optional(7)))
let f: Float = 1.5
print(describe(f))
print(describe(Int8(-3)))
print(describe(1...4))
print(describe(Character("z")))

func make<T: ExpressibleByIntegerLiteral>() -> T { 7 }
let d: Double = make()
let i: Int = make()
print(d, i)
