// Checks contains(_:), contains(where:) and Bool printing.
let primes = [2, 3, 5, 7, 11, 13]
print(primes.contains(7))
print(primes.contains(8))
print(primes.contains(where: { $0 > 10 }))
print(primes.contains { $0 % 2 == 0 })

let guests = ["Ana", "Bo", "Cy"]
for name in ["Bo", "Dee"] {
    if guests.contains(name) {
        print("\(name) is invited")
    } else {
        print("\(name) is not on the list")
    }
}
let empty: [String] = []
print(empty.contains("x"))
let chars = Array("hello")
print(chars.contains("l"), chars.contains("z"))
