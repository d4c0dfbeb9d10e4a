// Checks array creation, appending, inserting, removing and subscripting.
var shoppingList: [String] = ["Eggs", "Milk"]
print("The shopping list contains \(shoppingList.count) items.")
if shoppingList.isEmpty { print("empty") } else { print("not empty") }
shoppingList.append("Flour")
shoppingList += ["Baking Powder"]
shoppingList += ["Chocolate Spread", "Cheese", "Butter"]
print(shoppingList)
var firstItem = shoppingList[0]
print(firstItem)
shoppingList[0] = "Six eggs"
shoppingList[4...6] = ["Bananas", "Apples"]
print(shoppingList)
shoppingList.insert("Maple Syrup", at: 0)
let mapleSyrup = shoppingList.remove(at: 0)
print(mapleSyrup, shoppingList.count)
firstItem = shoppingList[0]
let apples = shoppingList.removeLast()
print(firstItem, apples)
for (index, value) in shoppingList.enumerated() {
    print("Item \(index + 1): \(value)")
}
var threeDoubles = Array(repeating: 0.0, count: 3)
let anotherThree = Array(repeating: 2.5, count: 3)
threeDoubles += anotherThree
print(threeDoubles)
