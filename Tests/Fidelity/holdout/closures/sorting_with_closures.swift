// Checks sorting structs with closures on multiple keys and stable tie-breaking.
struct Student {
    let name: String
    let grade: Int
    let age: Int
}
let students = [
    Student(name: "Maya", grade: 88, age: 20),
    Student(name: "Liam", grade: 95, age: 22),
    Student(name: "Zoe", grade: 88, age: 19),
    Student(name: "Omar", grade: 72, age: 21),
    Student(name: "Ava", grade: 95, age: 20),
]
let byGrade = students.sorted { ($0.grade, $0.name) > ($1.grade, $1.name) }
for s in byGrade {
    print("\(s.name) \(s.grade)")
}
let byAge = students.sorted { $0.age < $1.age }.map(\.name)
print(byAge)
let youngestTopStudent = students.filter { $0.grade >= 90 }.min { $0.age < $1.age }
print(youngestTopStudent?.name ?? "nobody")
let averageGrade = Double(students.map(\.grade).reduce(0, +)) / Double(students.count)
print("average grade: \(averageGrade)")
var mutableNames = students.map { $0.name }
mutableNames.sort()
print(mutableNames)
mutableNames.sort { $0.count > $1.count || ($0.count == $1.count && $0 < $1) }
print(mutableNames.first!, mutableNames.last!)
