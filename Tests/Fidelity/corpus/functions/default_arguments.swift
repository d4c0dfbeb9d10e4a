// Checks default parameter values, omitting some or all of them.
func someFunction(parameterWithoutDefault: Int, parameterWithDefault: Int = 12) -> Int {
    return parameterWithoutDefault + parameterWithDefault
}
print(someFunction(parameterWithoutDefault: 3, parameterWithDefault: 6))
print(someFunction(parameterWithoutDefault: 4))

func makeTitle(_ text: String, uppercase: Bool = false, prefix: String = "# ", suffix: String = "") -> String {
    let body = uppercase ? text.uppercased() : text
    return prefix + body + suffix
}
print(makeTitle("intro"))
print(makeTitle("intro", uppercase: true))
print(makeTitle("intro", suffix: "!"))
print(makeTitle("intro", uppercase: true, prefix: "## ", suffix: " ##"))

func repeatString(_ s: String, times: Int = 2, separator: String = "-") -> String {
    Array(repeating: s, count: times).joined(separator: separator)
}
print(repeatString("ab"))
print(repeatString("ab", times: 4))
print(repeatString("x", separator: ""))
