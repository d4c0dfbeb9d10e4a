// Checks fallthrough continuing into the next case (including default) without re-checking it.
func describe(_ integerToDescribe: Int) -> String {
    var description = "The number \(integerToDescribe) is"
    switch integerToDescribe {
    case 2, 3, 5, 7, 11, 13, 17, 19:
        description += " a prime number, and also"
        fallthrough
    default:
        description += " an integer."
    }
    return description
}
print(describe(5))
print(describe(8))
for level in [3, 2, 1] {
    var perks: [String] = []
    switch level {
    case 3:
        perks.append("lounge")
        fallthrough
    case 2:
        perks.append("priority boarding")
        fallthrough
    case 1:
        perks.append("extra bag")
    default:
        break
    }
    print("level \(level): \(perks.joined(separator: ", "))")
}
