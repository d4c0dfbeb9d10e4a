// Checks allSatisfy and contains(where:), including the empty-collection cases.
let scores = [85, 92, 78, 90]
print(scores.allSatisfy { $0 >= 70 })
print(scores.allSatisfy { $0 >= 80 })
print(scores.contains(where: { $0 == 100 }))
print(scores.contains { $0 < 80 })
let empty: [Int] = []
print(empty.allSatisfy { $0 > 1000 })
print(empty.contains { _ in true })
let password = "Swift2024"
let hasDigit = password.contains(where: { $0.isNumber })
let hasUpper = password.contains { $0.isUppercase }
let allAlnum = password.allSatisfy { $0.isLetter || $0.isNumber }
print(hasDigit, hasUpper, allAlnum)
func isPrime(_ n: Int) -> Bool {
    n > 1 && (2..<n).allSatisfy { n % $0 != 0 }
}
print((1...20).filter(isPrime))
