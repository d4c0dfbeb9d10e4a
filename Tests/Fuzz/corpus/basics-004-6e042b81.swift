// Control flow
var total = 0
for i in 1...10 where i % 2 == 0 {
    total += i
}
print(total)
var n = 0
while n < 5 { n += 1 }
repeat { n -= 2 } while n > 0
print(n)
if n > 0 {
    print("positive")
} else if n == 0 {
    print("zero")
} else {
    print("negative")
}
outer: for i in 0..<3 {
    for j in 0..<3 {
        if j == 2 { continue outer }
        if i == 2 { break outer }
        print(i, j)
    }
}
let grade = n < 0 ? "low" : "high"
print(grade)
