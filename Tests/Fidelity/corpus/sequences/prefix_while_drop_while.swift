// Checks prefix(while:), drop(while:), prefix(_:) and dropFirst on sequences.
let readings = [3, 5, 8, 13, 2, 21, 1]
let rising = readings.prefix(while: { $0 < 10 })
print(Array(rising))
let rest = readings.drop(while: { $0 < 10 })
print(Array(rest))
print(readings.prefix(3), readings.prefix(100))
print(Array(readings.dropFirst(5)))
let line = "    indented text"
let indent = line.prefix(while: { $0 == " " }).count
print("indent = \(indent)")
print(String(line.drop(while: { $0 == " " })))
let powers = (0...).lazy.map { 1 << $0 }.prefix(while: { $0 < 100 })
print(Array(powers))
print(Array(readings.prefix(while: { $0 > 100 })))
