// Checks synthesized Equatable and Hashable for enums with associated values.
enum Token: Hashable {
    case number(Int)
    case word(String)
    case symbol(Character)
    case end
}

let tokens: [Token] = [.number(3), .word("let"), .symbol("="), .number(3), .end, .word("let")]
print(tokens[0] == tokens[3])
print(tokens[1] == .word("var"))
print(tokens.contains(.end))
print(tokens.filter { $0 == .number(3) }.count)
let distinct = Set(tokens)
print(distinct.count)
print(tokens.firstIndex(of: .symbol("=")) ?? -1)
for t in tokens where t != .end {
    switch t {
    case .number(let n): print("num", n)
    case .word(let w): print("word", w)
    case .symbol(let c): print("sym", c)
    case .end: break
    }
}
print(tokens.last!)
