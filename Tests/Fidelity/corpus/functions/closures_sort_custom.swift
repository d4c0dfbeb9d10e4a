// Checks closures passed as custom comparators and key extractors in sorting and grouping.
struct Student {
    let name: String
    let grade: Int
}
let students = [
    Student(name: "Mia", grade: 88), Student(name: "Leo", grade: 95),
    Student(name: "Ava", grade: 88), Student(name: "Zed", grade: 72),
]
let ranked = students.sorted { a, b in
    if a.grade != b.grade { return a.grade > b.grade }
    return a.name < b.name
}
for (i, s) in ranked.enumerated() {
    print("\(i + 1). \(s.name) \(s.grade)")
}
let byGrade = Dictionary(grouping: students, by: { $0.grade })
for grade in byGrade.keys.sorted() {
    print(grade, byGrade[grade]!.map { $0.name }.sorted())
}
let passing: (Student) -> Bool = { $0.grade >= 80 }
print(students.filter(passing).count)
let names = students.map(\.name).sorted(by: >)
print(names)
