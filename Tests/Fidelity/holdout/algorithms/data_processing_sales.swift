// Checks a small data-processing task: grouping sales records, totals and ranking.
struct Sale {
    let region: String
    let product: String
    let units: Int
    let unitPrice: Double
    var revenue: Double { Double(units) * unitPrice }
}
let sales = [
    Sale(region: "North", product: "Widget", units: 10, unitPrice: 2.5),
    Sale(region: "South", product: "Gadget", units: 3, unitPrice: 12.0),
    Sale(region: "North", product: "Gadget", units: 5, unitPrice: 12.0),
    Sale(region: "East", product: "Widget", units: 20, unitPrice: 2.25),
    Sale(region: "South", product: "Widget", units: 7, unitPrice: 2.5),
    Sale(region: "East", product: "Doohickey", units: 1, unitPrice: 99.99),
]
let byRegion = Dictionary(grouping: sales, by: \.region)
for region in byRegion.keys.sorted() {
    let group = byRegion[region]!
    let revenue = group.reduce(0) { $0 + $1.revenue }
    let units = group.map(\.units).reduce(0, +)
    print("\(region): \(group.count) sales, \(units) units, revenue \(revenue)")
}
var unitsByProduct: [String: Int] = [:]
for s in sales { unitsByProduct[s.product, default: 0] += s.units }
let ranking = unitsByProduct.sorted { $0.value > $1.value }
for (rank, entry) in ranking.enumerated() {
    print("#\(rank + 1) \(entry.key): \(entry.value)")
}
let total = sales.map(\.revenue).reduce(0, +)
print("total revenue: \(total)")
let best = sales.max { $0.revenue < $1.revenue }!
print("best sale: \(best.product) in \(best.region) (\(best.revenue))")
let bigSales = sales.filter { $0.revenue > 30 }.map { "\($0.region)/\($0.product)" }
print(bigSales)
