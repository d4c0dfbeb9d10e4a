// Checks identity === and !== versus equality, for class instances.
class Tag: Equatable {
    var label: String
    init(_ label: String) { self.label = label }
    static func == (lhs: Tag, rhs: Tag) -> Bool { lhs.label == rhs.label }
}
let t1 = Tag("swift")
let t2 = Tag("swift")
let t3 = t1
print(t1 == t2, t1 === t2)
print(t1 === t3, t1 !== t2)
t3.label = "changed"
print(t1.label, t1 == t2)

let tags = [t1, t2]
print(tags.contains { $0 === t2 })
print(tags.firstIndex { $0 === t3 } ?? -1)

let maybe: Tag? = nil
print(maybe === nil)
print(ObjectIdentifier(t1) == ObjectIdentifier(t3))
