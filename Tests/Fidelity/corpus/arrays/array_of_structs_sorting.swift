// Checks arrays of structs: sorting by a property, filtering and mapping fields.
struct Student {
    let name: String
    let grade: Int
}
let students = [
    Student(name: "Maya", grade: 88),
    Student(name: "Liam", grade: 95),
    Student(name: "Zoe", grade: 72),
    Student(name: "Ava", grade: 95),
]
let ranked = students.sorted {
    $0.grade != $1.grade ? $0.grade > $1.grade : $0.name < $1.name
}
for (place, s) in ranked.enumerated() {
    print("\(place + 1). \(s.name) - \(s.grade)")
}
let passing = students.filter { $0.grade >= 80 }.map { $0.name }
print(passing)
let average = Double(students.map { $0.grade }.reduce(0, +)) / Double(students.count)
print("average: \(average)")
print(students[0])
