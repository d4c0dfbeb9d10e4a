// Checks printing arrays and tuples that contain optionals.
let values: [Int?] = [1, nil, 3]
print(values)
print(values.compactMap { $0 })
print(values.map { $0 ?? 0 })
let names: [String?] = ["Ann", nil]
print(names)
let pair: (Int?, Int) = (nil, 2)
print(pair)
let nested: [[Int?]] = [[1, nil], [], [nil]]
print(nested)
let dict: [String: Int?] = ["a": nil]
print(dict)
print(dict["a"] as Any)
print(dict["b"] as Any)
let firstEven = [1, 3, 4, 6].first { $0 % 2 == 0 }
print(firstEven as Any, [1, 3].first { $0 % 2 == 0 } as Any)
