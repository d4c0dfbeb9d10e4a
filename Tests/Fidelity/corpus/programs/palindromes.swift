// Checks palindrome detection for words, sentences and numbers, with two-pointer comparison.
func isPalindrome(_ s: String) -> Bool {
    let chars = Array(s.lowercased().filter { $0.isLetter || $0.isNumber })
    var i = 0, j = chars.count - 1
    while i < j {
        if chars[i] != chars[j] { return false }
        i += 1
        j -= 1
    }
    return true
}

let candidates = ["level", "Swift", "Was it a car or a cat I saw?", "No lemon, no melon", "", "ab"]
for c in candidates {
    print("\"\(c)\" -> \(isPalindrome(c))")
}

func reverseNumber(_ n: Int) -> Int {
    var n = n, r = 0
    while n > 0 {
        r = r * 10 + n % 10
        n /= 10
    }
    return r
}
let palNumbers = (100...200).filter { $0 == reverseNumber($0) }
print(palNumbers)
print(String("stressed".reversed()))
