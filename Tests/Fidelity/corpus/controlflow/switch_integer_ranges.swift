// Checks switch with interval matching on integer ranges, including one-sided ranges.
func describe(_ approximateCount: Int) -> String {
    let naturalCount: String
    switch approximateCount {
    case 0:
        naturalCount = "no"
    case 1..<5:
        naturalCount = "a few"
    case 5..<12:
        naturalCount = "several"
    case 12..<100:
        naturalCount = "dozens of"
    case 100..<1000:
        naturalCount = "hundreds of"
    default:
        naturalCount = "many"
    }
    return naturalCount
}
for count in [0, 3, 62, 999, 1_000_000] {
    print("There are \(describe(count)) moons orbiting the planet (\(count)).")
}
for score in [-5, 45, 75, 100] {
    switch score {
    case ..<0: print("\(score): invalid")
    case 0..<50: print("\(score): fail")
    case 50...99: print("\(score): pass")
    case 100...: print("\(score): perfect")
    default: print("unreachable")
    }
}
