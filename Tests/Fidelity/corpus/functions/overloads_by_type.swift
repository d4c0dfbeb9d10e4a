// Checks function overloading by parameter type, parameter label and return type.
func describe(_ value: Int) -> String { "Int \(value)" }
func describe(_ value: Double) -> String { "Double \(value)" }
func describe(_ value: String) -> String { "String \"\(value)\"" }
func describe(_ value: Bool) -> String { "Bool \(value)" }
func describe(_ values: [Int]) -> String { "Array of \(values.count) ints" }
print(describe(42))
print(describe(3.5))
print(describe("hi"))
print(describe(true))
print(describe([1, 2, 3]))
let x: Double = 7
print(describe(x))

func area(width: Double, height: Double) -> Double { width * height }
func area(radius: Double) -> Double { 3.14159 * radius * radius }
func area(side: Double) -> Double { side * side }
print(area(width: 2, height: 3), area(radius: 1), area(side: 4))

func make() -> Int { 1 }
func make() -> String { "one" }
let i: Int = make()
let s: String = make()
print(i, s)
