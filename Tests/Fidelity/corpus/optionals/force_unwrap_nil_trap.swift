// Checks force unwrapping: succeeds on a value, then traps on nil after printing.
func lookup(_ key: String) -> Int? {
    let table = ["one": 1, "two": 2]
    return table[key]
}

let one = lookup("one")!
print("one = \(one)")
let two = lookup("two")!
print("two = \(two)")
print("sum = \(one + two)")
let three = lookup("three")!
print("three = \(three)")
