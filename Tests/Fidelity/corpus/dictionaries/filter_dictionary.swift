// Checks filter on a dictionary returning a dictionary, plus first(where:) style lookups.
let population = ["Oslo": 709_000, "Bergen": 286_000, "Tromso": 77_000, "Trondheim": 212_000]
let big = population.filter { $0.value > 200_000 }
print(type(of: big))
print(big.count)
for city in big.keys.sorted() {
    print(city)
}
let startsWithT = population.filter { name, _ in name.hasPrefix("T") }
print(startsWithT.keys.sorted())
let none = population.filter { $0.value > 10_000_000 }
print(none, none.isEmpty)
let tiny = population.filter { $0.value < 100_000 }
print(tiny)
