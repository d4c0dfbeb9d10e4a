// Checks sets of enum cases for option-like flags, with contains and sorted by raw value.
enum Topping: Int, CaseIterable {
    case cheese = 1, mushrooms, peppers, olives, onions
}
var pizza: Set<Topping> = [.cheese, .olives]
pizza.insert(.mushrooms)
pizza.remove(.olives)
for t in Topping.allCases {
    print("\(t): \(pizza.contains(t) ? "yes" : "no")")
}
let veggie: Set<Topping> = [.mushrooms, .peppers, .olives, .onions]
let missing = veggie.subtracting(pizza)
print(missing.map { $0.rawValue }.sorted())
print(pizza.sorted { $0.rawValue < $1.rawValue })
print(pizza.isDisjoint(with: veggie))
