// Checks firstIndex(of:), lastIndex(of:), firstIndex(where:) and missing elements.
let colors = ["red", "green", "blue", "green", "yellow"]
if let index = colors.firstIndex(of: "green") {
    print("first green at \(index)")
}
if let index = colors.lastIndex(of: "green") {
    print("last green at \(index)")
}
print(colors.firstIndex(of: "purple") as Any)
let idx = colors.firstIndex(where: { $0.count > 4 })
print(idx as Any)
print(colors.lastIndex(where: { $0.hasPrefix("b") })!)

var students = ["Ben", "Ivy", "Jordell", "Maxime"]
if let i = students.firstIndex(of: "Maxime") {
    students[i] = "Max"
}
print(students)
let numbers = [3, 7, 9, 7, 1]
print(numbers.firstIndex(of: 7) ?? -1, numbers.lastIndex(of: 7) ?? -1)
