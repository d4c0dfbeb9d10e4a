// Checks key paths: \.name with map, sorted, reading via subscript(keyPath:) and writable key paths.
struct Student {
    var name: String
    var grade: Int
    var city: String
}

var students = [
    Student(name: "Maya", grade: 88, city: "Oslo"),
    Student(name: "Leo", grade: 95, city: "Lima"),
    Student(name: "Ines", grade: 72, city: "Oslo"),
]

print(students.map(\.name))
print(students.map(\.grade).reduce(0, +))
print(students.map(\.name.count))
print(["apple", "kiwi", "banana"].map(\.count))

let gradePath = \Student.grade
print(students[0][keyPath: gradePath])
students[2][keyPath: \Student.grade] += 10
print(students[2].grade)

func sortedBy<T, V: Comparable>(_ items: [T], _ path: KeyPath<T, V>) -> [T] {
    items.sorted { $0[keyPath: path] < $1[keyPath: path] }
}
print(sortedBy(students, \.name).map(\.name))
print(sortedBy(students, \.grade).map(\.name))
print(students.filter { $0.city == "Oslo" }.map(\.name))
