// Checks reversed(), reverse(), and iterating in reverse order.
var numbers = [1, 2, 3, 4, 5]
let backwards = Array(numbers.reversed())
print(backwards)
for n in numbers.reversed() {
    print(n, terminator: " ")
}
print()
numbers.reverse()
print(numbers)
let word = "stressed"
print(String(word.reversed()))
let isPalindrome = { (s: [Character]) -> Bool in s == Array(s.reversed()) }
print(isPalindrome(Array("racecar")))
print(isPalindrome(Array("swift")))
for i in (0..<4).reversed() {
    print("countdown \(i)")
}
