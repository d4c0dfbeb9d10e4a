// Checks isSubset(of:), isSuperset(of:), isStrictSubset, isDisjoint(with:) and set equality.
let houseAnimals: Set = ["🐶", "🐱"]
let farmAnimals: Set = ["🐮", "🐔", "🐑", "🐶", "🐱"]
let cityAnimals: Set = ["🐦", "🐭"]
print(houseAnimals.isSubset(of: farmAnimals))
print(farmAnimals.isSuperset(of: houseAnimals))
print(farmAnimals.isDisjoint(with: cityAnimals))
print(houseAnimals.isStrictSubset(of: farmAnimals))
print(farmAnimals.isStrictSubset(of: farmAnimals))
print(farmAnimals.isSubset(of: farmAnimals))
let a: Set = [1, 2, 3]
let b: Set = [3, 2, 1]
print(a == b)
print(a.isStrictSuperset(of: [1, 2]))
print(a.isDisjoint(with: [4, 5]), a.isDisjoint(with: [3]))
