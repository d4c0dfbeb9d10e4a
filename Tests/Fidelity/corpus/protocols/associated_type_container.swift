// Checks a protocol with an associated type, implemented by two containers.
protocol Container {
    associatedtype Item
    mutating func append(_ item: Item)
    var count: Int { get }
    subscript(i: Int) -> Item { get }
}

struct IntBag: Container {
    var items: [Int] = []
    mutating func append(_ item: Int) { items.append(item) }
    var count: Int { items.count }
    subscript(i: Int) -> Int { items[i] }
}

struct Shelf<Element>: Container {
    var items = [Element]()
    mutating func append(_ item: Element) { items.append(item) }
    var count: Int { items.count }
    subscript(i: Int) -> Element { items[i] }
}

func allItems<C: Container>(_ c: C) -> [C.Item] {
    var result: [C.Item] = []
    for i in 0..<c.count { result.append(c[i]) }
    return result
}

var bag = IntBag()
bag.append(3); bag.append(1); bag.append(4)
var shelf = Shelf<String>()
shelf.append("atlas"); shelf.append("novel")
print(bag.count, shelf.count)
print(allItems(bag))
print(allItems(shelf))
print(shelf[1], bag[0] + bag[2])
