// Checks run-length encoding and decoding of strings.
func encode(_ s: String) -> String {
    var result = ""
    var current: Character?
    var count = 0
    for ch in s {
        if ch == current {
            count += 1
        } else {
            if let c = current { result += "\(count)\(c)" }
            current = ch
            count = 1
        }
    }
    if let c = current { result += "\(count)\(c)" }
    return result
}

func decode(_ s: String) -> String {
    var result = ""
    var number = 0
    for ch in s {
        if let d = ch.wholeNumberValue {
            number = number * 10 + d
        } else {
            result += String(repeating: ch, count: number)
            number = 0
        }
    }
    return result
}

let inputs = ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "aabcccccaaa", "", "xyz"]
for s in inputs {
    let e = encode(s)
    print("\"\(e)\"", decode(e) == s)
}
print(decode("3a2b1c"))
