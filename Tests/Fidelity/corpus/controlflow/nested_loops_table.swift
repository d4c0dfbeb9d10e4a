// Checks nested for loops building a multiplication table and a triangle pattern.
let size = 5
for row in 1...size {
    var line = ""
    for col in 1...size {
        let product = row * col
        let cell = String(product)
        line += String(repeating: " ", count: 4 - cell.count) + cell
    }
    print(line)
}
for i in 1...4 {
    var stars = ""
    for _ in 0..<i {
        stars += "*"
    }
    print(stars)
}
var pairs: [String] = []
for a in 1...3 {
    for b in a...3 {
        pairs.append("\(a)\(b)")
    }
}
print(pairs)
var count = 0
for x in 1...10 {
    for y in 1...10 where x * x + y * y == 100 {
        print("\(x)^2 + \(y)^2 = 100")
        count += 1
    }
}
print(count)
