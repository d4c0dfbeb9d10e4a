// Checks stack-based bracket matching using an array as a stack and a dictionary of pairs.
func isBalanced(_ s: String) -> Bool {
    let pairs: [Character: Character] = [")": "(", "]": "[", "}": "{"]
    var stack: [Character] = []
    for ch in s {
        if "([{".contains(ch) {
            stack.append(ch)
        } else if let open = pairs[ch] {
            guard stack.popLast() == open else { return false }
        }
    }
    return stack.isEmpty
}

let tests = ["()", "([]{})", "([)]", "((", "", "{[()()]}", "a(b)c]", "func f() { return [1, 2] }"]
for t in tests {
    print(t.isEmpty ? "<empty>" : t, isBalanced(t) ? "balanced" : "unbalanced")
}

func maxDepth(_ s: String) -> Int {
    var depth = 0, best = 0
    for ch in s {
        if ch == "(" { depth += 1; best = max(best, depth) }
        if ch == ")" { depth -= 1 }
    }
    return best
}
print(maxDepth("(1+(2*3)+((8)/4))+1"))
