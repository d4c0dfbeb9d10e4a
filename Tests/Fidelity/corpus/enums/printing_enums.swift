// Checks print() output of enum values: plain cases, raw-value cases, associated values with and without labels.
enum Direction { case up, down }
enum Color: String { case red = "R", green = "G" }
enum Token {
    case number(Int)
    case word(String)
    case pair(Int, Int)
    case point(x: Double, y: Double)
    case maybe(Int?)
    case nothing
}
print(Direction.up)
print(Color.green)
print(Token.number(42))
print(Token.word("hi"))
print(Token.pair(1, 2))
print(Token.point(x: 1.5, y: -2))
print(Token.maybe(3))
print(Token.maybe(nil))
print(Token.nothing)
print([Token.number(1), .word("a")])
print("interp: \(Token.pair(3, 4)) \(Direction.down)")
let opt: Direction? = .down
print(opt as Any)
debugPrint(Token.word("x"))
debugPrint(Direction.up)
