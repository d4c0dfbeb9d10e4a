// Checks that a runtime Int8 addition overflow traps after earlier output.
func increment(_ x: Int8, by step: Int8) -> Int8 {
    return x + step
}
var value: Int8 = 100
value = increment(value, by: 20)
print("value is \(value)")
value = increment(value, by: 7)
print("value is \(value)")
print("adding one more")
value = increment(value, by: 1)
print("value is \(value)")
