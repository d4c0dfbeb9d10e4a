// Checks get-only and get/set property requirements in a protocol.
protocol Named {
    var name: String { get }
}

protocol Counter {
    var count: Int { get set }
}

struct Person: Named {
    var name: String
}

struct Circle: Named {
    var radius: Double
    var name: String { "circle of radius \(radius)" }
}

struct Clicker: Counter {
    var count = 0
}

let things: [Named] = [Person(name: "Ada"), Circle(radius: 2.5)]
for t in things {
    print(t.name)
}

var c = Clicker()
c.count += 3
c.count *= 2
print("count = \(c.count)")

func reset<C: Counter>(_ x: inout C) {
    x.count = 0
}
reset(&c)
print("after reset: \(c.count)")
