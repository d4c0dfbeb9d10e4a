// Checks first(where:) and last(where:) on arrays and ranges, with nil when nothing matches.
let temperatures = [12, 18, 25, 31, 22, 35, 16]
if let firstHot = temperatures.first(where: { $0 > 30 }) {
    print("first hot day: \(firstHot)")
}
if let lastHot = temperatures.last(where: { $0 > 30 }) {
    print("last hot day: \(lastHot)")
}
print(temperatures.first(where: { $0 > 40 }) as Any)
print(temperatures.last(where: { $0 < 0 }) ?? Int.min)
let firstSquareOver50 = (1...).first(where: { $0 * $0 > 50 })!
print(firstSquareOver50)
let names = ["ava", "Ben", "cal", "Dee"]
print(names.first(where: { $0.first!.isUppercase })!)
print(names.last(where: { $0.first!.isLowercase })!)
print((1...100).last(where: { $0 % 7 == 0 })!)
