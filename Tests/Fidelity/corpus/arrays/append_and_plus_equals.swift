// Checks append(_:), append(contentsOf:), += and + on arrays.
var shoppingList = ["Eggs", "Milk"]
shoppingList.append("Flour")
print(shoppingList)
shoppingList += ["Baking Powder"]
shoppingList += ["Chocolate Spread", "Cheese", "Butter"]
print(shoppingList)
print("The shopping list contains \(shoppingList.count) items.")

var squares = [Int]()
for i in 1...5 {
    squares.append(i * i)
}
print(squares)
squares.append(contentsOf: [36, 49])
print(squares)

let combined = [1, 2] + [3] + [4, 5]
print(combined)
var letters: [Character] = []
letters.append(contentsOf: "abc")
print(letters)
