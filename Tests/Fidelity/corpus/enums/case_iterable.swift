// Checks CaseIterable allCases: count, iteration order, and combining with raw values.
enum Beverage: CaseIterable {
    case coffee, tea, juice
}
let numberOfChoices = Beverage.allCases.count
print("\(numberOfChoices) beverages available")
for beverage in Beverage.allCases {
    print(beverage)
}
enum Weekday: Int, CaseIterable {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday
    var isWeekend: Bool { self == .saturday || self == .sunday }
}
let weekend = Weekday.allCases.filter { $0.isWeekend }
print(weekend)
print(Weekday.allCases.map { $0.rawValue })
print(Weekday.allCases.first!, Weekday.allCases.last!)
print(Beverage.allCases)
