// Checks passing tuples to functions and closures, and tuple-typed variables.
typealias Point = (x: Int, y: Int)
func manhattan(_ a: Point, _ b: Point) -> Int {
    abs(a.x - b.x) + abs(a.y - b.y)
}
let origin: Point = (0, 0)
let target: Point = (x: 3, y: -4)
print(manhattan(origin, target))
func translate(_ p: Point, by d: (dx: Int, dy: Int)) -> Point {
    (p.x + d.dx, p.y + d.dy)
}
print(translate(target, by: (dx: 1, dy: 1)))
let moves = [(1, 0), (0, 1), (-1, 0), (0, 1)]
let finalPosition = moves.reduce(origin) { pos, m in (pos.x + m.0, pos.y + m.1) }
print(finalPosition)
let describe: (Point) -> String = { "(\($0.x), \($0.y))" }
print(describe(finalPosition))
let empty = ()
print(empty, type(of: empty))
