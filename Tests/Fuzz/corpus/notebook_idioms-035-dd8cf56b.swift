let scores = ["bob": 3, "amy": 5, "cal": 1]
for (name, score) in scores.sorted(by: { $0.key < $1.key }) { print(name, score) }
let best = scores.max { $0.value < $1.value }!
print(best.key, best.value)
var matrix = [[Int]](repeating: [Int](repeating: 0, count: 3), count: 2)
matrix[1][2] = 7
print(matrix)
let total = [1, 2, 3].reduce(0) { $0 + $1 }
let mean = Double(total) / 3
print("mean = \(String(format: "%.2f", mean))")
let grouped = Dictionary(grouping: ["apple", "avocado", "banana"], by: { $0.first! })
print(grouped)
var letters = 0
for c in "Hello World" where c >= "a" && c <= "z" { letters += 1 }
print(letters)
func kind(_ c: Character) -> String {
    switch c {
    case "a", "e", "i", "o", "u": return "vowel"
    case "a"..."z": return "consonant"
    default: return "other"
    }
}
print(kind("e"), kind("x"), kind("!"))
struct Item { let name: String; var qty: Int = 1 }
var cart = [Item(name: "pen"), Item(name: "ink", qty: 3)]
cart[0].qty += 4
print(cart.map { "\($0.name)x\($0.qty)" }, cart.reduce(0) { $0 + $1.qty })
print(String(describing: cart[1]))
let fns = (1...3).map { k in { (x: Int) in x * k } }
print(fns.map { $0(10) })
var fizz: [String] = []
for i in 1...15 {
    if i % 15 == 0 { fizz.append("FizzBuzz") }
    else if i % 3 == 0 { fizz.append("Fizz") }
    else if i % 5 == 0 { fizz.append("Buzz") }
    else { fizz.append(String(i)) }
}
print(fizz.suffix(5).joined(separator: " "))
