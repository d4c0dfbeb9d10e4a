let scores = ["bob": 3, "amy": 5, "cal": 1]
for (name, score) in scores.sorted(by: { $0.key < $1.key }) { print(name, score) }
// expect: amy 5
// expect: bob 3
// expect: cal 1
let best = scores.max { $0.value < $1.value }!
print(best.key, best.value)
// expect: amy 5
var matrix = [[Int]](repeating: [Int](repeating: 0, count: 3), count: 2)
matrix[1][2] = 7
print(matrix)
// expect: [[0, 0, 0], [0, 0, 7]]
let total = [1, 2, 3].reduce(0) { $0 + $1 }
let mean = Double(total) / 3
print("mean = \(String(format: "%.2f", mean))")
// expect: mean = 2.00
let grouped = Dictionary(grouping: ["apple", "avocado", "banana"], by: { $0.first! })
print(grouped)
// expect: ["a": ["apple", "avocado"], "b": ["banana"]]
var letters = 0
for c in "Hello World" where c >= "a" && c <= "z" { letters += 1 }
print(letters)
// expect: 8
func kind(_ c: Character) -> String {
    switch c {
    case "a", "e", "i", "o", "u": return "vowel"
    case "a"..."z": return "consonant"
    default: return "other"
    }
}
print(kind("e"), kind("x"), kind("!"))
// expect: vowel consonant other
struct Item { let name: String; var qty: Int = 1 }
var cart = [Item(name: "pen"), Item(name: "ink", qty: 3)]
cart[0].qty += 4
print(cart.map { "\($0.name)x\($0.qty)" }, cart.reduce(0) { $0 + $1.qty })
// expect: ["penx5", "inkx3"] 8
print(String(describing: cart[1]))
// expect: Item(name: "ink", qty: 3)
let fns = (1...3).map { k in { (x: Int) in x * k } }
print(fns.map { $0(10) })
// expect: [10, 20, 30]
var fizz: [String] = []
for i in 1...15 {
    if i % 15 == 0 { fizz.append("FizzBuzz") }
    else if i % 3 == 0 { fizz.append("Fizz") }
    else if i % 5 == 0 { fizz.append("Buzz") }
    else { fizz.append(String(i)) }
}
print(fizz.suffix(5).joined(separator: " "))
// expect: 11 Fizz 13 14 FizzBuzz
// ---
// Closures made in a loop capture that iteration's variable
var makers: [() -> Int] = []
for i in 0..<3 {
    let doubled = i * 2
    makers.append { i + doubled }
}
print(makers.map { $0() })
// expect: [0, 3, 6]
func firstEven(_ xs: [Int]) -> Int? {
    for x in xs where x % 2 == 0 {
        let check = { x > 0 }
        if check() { return x }
    }
    return nil
}
print(firstEven([1, 3, 4, 6])!, firstEven([1]) == nil)
// expect: 4 true
outerLoop: for i in 0..<3 {
    for j in 0..<3 {
        let f = { i * 10 + j }
        if f() == 11 { break outerLoop }
        if j == 1 { continue outerLoop }
        print(f())
    }
}
// expect: 0
// expect: 10
// ---
// Static properties may use other statics and bind names
struct Config {
    static let names = ["a", "b"].map { $0.uppercased() }
    static let first = names.first!
    static let kind = switch names.count { case let n where n > 5: "many \(n)"; case 2: "pair"; default: "some" }
}
print(Config.names, Config.first, Config.kind)
// expect: ["A", "B"] A pair
