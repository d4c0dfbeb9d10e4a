// Checks using sets to find common and missing elements between two lists.
let enrolledMonday = ["Ana", "Ben", "Chen", "Dana", "Eli"]
let enrolledTuesday = ["Chen", "Eli", "Farah", "Ana", "Gus"]
let monday = Set(enrolledMonday)
let tuesday = Set(enrolledTuesday)
print("both days:", monday.intersection(tuesday).sorted())
print("only Monday:", monday.subtracting(tuesday).sorted())
print("only Tuesday:", tuesday.subtracting(monday).sorted())
print("anyone:", monday.union(tuesday).count)
let required: Set = ["Ana", "Eli"]
if required.isSubset(of: monday) && required.isSubset(of: tuesday) {
    print("required students attend both days")
}
let allNames = monday.union(tuesday)
print(allNames.filter { $0.count == 3 }.sorted())
