// Checks printing optionals, then force-unwrapping nil, which traps.
func findIndex(of value: Int, in array: [Int]) -> Int? {
    for (i, v) in array.enumerated() where v == value { return i }
    return nil
}
let data = [10, 20, 30]
let found = findIndex(of: 20, in: data)
print(found as Any)
print(found!)
let missing = findIndex(of: 99, in: data)
print(missing as Any)
print("Forcing the missing value...")
print(missing!)
