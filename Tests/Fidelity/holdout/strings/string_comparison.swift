// Checks string equality, ordering, sorting and prefix/suffix counting.
let romeoAndJuliet = [
    "Act 1 Scene 1: Verona, A public place",
    "Act 1 Scene 2: Capulet's mansion",
    "Act 1 Scene 3: A room in Capulet's mansion",
    "Act 1 Scene 4: A street outside Capulet's mansion",
    "Act 1 Scene 5: The Great Hall in Capulet's mansion",
    "Act 2 Scene 1: Outside Capulet's mansion",
    "Act 2 Scene 2: Capulet's orchard",
    "Act 2 Scene 3: Outside Friar Lawrence's cell",
]
var act1SceneCount = 0
var mansionCount = 0
for scene in romeoAndJuliet {
    if scene.hasPrefix("Act 1 ") { act1SceneCount += 1 }
    if scene.hasSuffix("mansion") { mansionCount += 1 }
}
print("There are \(act1SceneCount) scenes in Act 1")
print("\(mansionCount) mansion scenes")
print("apple" < "banana", "Zebra" < "apple", "abc" == "abc")
let names = ["bob", "Alice", "carol", "Dave", "alice"]
print(names.sorted())
print(names.sorted { $0.lowercased() < $1.lowercased() })
print(names.max()!, names.min()!)
print(names.sorted(by: >))
