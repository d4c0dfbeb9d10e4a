// Checks switch on associated values with where clauses, wildcards and multiple patterns.
enum Shape {
    case circle(radius: Double)
    case rectangle(width: Double, height: Double)
    case triangle(base: Double, height: Double)
}
func describe(_ shape: Shape) -> String {
    switch shape {
    case .circle(let r) where r == 0:
        return "a point"
    case .circle(let r):
        return "circle of area \(3.0 * r * r)"
    case let .rectangle(w, h) where w == h:
        return "square of side \(w)"
    case .rectangle(let w, _):
        return "rectangle \(w) wide"
    case .triangle(base: let b, height: let h):
        return "triangle of area \(b * h / 2)"
    }
}
let shapes: [Shape] = [
    .circle(radius: 0), .circle(radius: 2),
    .rectangle(width: 3, height: 3), .rectangle(width: 4, height: 1),
    .triangle(base: 6, height: 5),
]
for s in shapes {
    print(describe(s))
}
let circles = shapes.filter {
    if case .circle = $0 { return true }
    return false
}
print("circles: \(circles.count)")
