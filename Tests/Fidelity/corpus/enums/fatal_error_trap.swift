// Checks fatalError in an enum's default path stopping the program after some output.
enum Opcode: Int {
    case push = 1, add, mul, halt
}
func decode(_ byte: Int) -> Opcode {
    guard let op = Opcode(rawValue: byte) else {
        fatalError("invalid opcode \(byte)")
    }
    return op
}
let program = [1, 2, 3, 4, 9]
for byte in program {
    let op = decode(byte)
    print("decoded \(byte) as \(op)")
}
print("finished")
