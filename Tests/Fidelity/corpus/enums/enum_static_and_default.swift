// Checks enum static factory properties, default switch cases and enum values as dictionary keys.
enum Size: String {
    case small = "S", medium = "M", large = "L"
    static let standard = Size.medium
    var price: Int {
        switch self {
        case .small: return 3
        default: return self == .medium ? 4 : 5
        }
    }
}
print(Size.standard, Size.standard.price)
let order: [Size] = [.small, .large, .large, .medium, .small, .large]
var counts: [Size: Int] = [:]
for s in order {
    counts[s, default: 0] += 1
}
for s in [Size.small, .medium, .large] {
    print(s.rawValue, counts[s] ?? 0)
}
let bill = order.map(\.price).reduce(0, +)
print("bill: \(bill)")
let keys = counts.keys.map { $0.rawValue }.sorted()
print(keys)
