// Checks protocols with associated types, generic where clauses and conformance via extension.
protocol Container {
    associatedtype Item
    mutating func append(_ item: Item)
    var count: Int { get }
    subscript(i: Int) -> Item { get }
}
struct IntStack: Container {
    var items: [Int] = []
    mutating func append(_ item: Int) { items.append(item) }
    var count: Int { items.count }
    subscript(i: Int) -> Int { items[i] }
}
struct Box<Element>: Container {
    var items: [Element] = []
    mutating func append(_ item: Element) { items.append(item) }
    var count: Int { items.count }
    subscript(i: Int) -> Element { items[i] }
}
func allItemsMatch<C1: Container, C2: Container>(_ a: C1, _ b: C2) -> Bool
    where C1.Item == C2.Item, C1.Item: Equatable {
    if a.count != b.count { return false }
    for i in 0..<a.count where a[i] != b[i] { return false }
    return true
}
var s = IntStack()
s.append(1); s.append(2); s.append(3)
var b = Box<Int>()
b.append(1); b.append(2); b.append(3)
print(allItemsMatch(s, b))
b.append(4)
print(allItemsMatch(s, b))
extension Container where Item: Numeric {
    func sum() -> Item {
        var total: Item = 0
        for i in 0..<count { total += self[i] }
        return total
    }
}
print(s.sum(), b.sum())
var names = Box<String>()
names.append("x"); names.append("y")
print(names.count, names[1])
func firstItem<C: Container>(_ c: C) -> C.Item? { c.count > 0 ? c[0] : nil }
print(firstItem(names) as Any, firstItem(IntStack()) as Any)
