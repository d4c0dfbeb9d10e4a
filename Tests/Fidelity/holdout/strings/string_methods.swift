// Checks common String methods: case, prefix/suffix tests, contains, split, joined.
let title = "The Swift Programming Language"
print(title.uppercased())
print(title.lowercased())
print(title.hasPrefix("The"), title.hasSuffix("Language"), title.hasSuffix("swift"))
print(title.contains("Program"), title.contains("program"))
let words = title.split(separator: " ")
print(words.count)
print(words.map { String($0) })
print(words.map { $0.count })
print(words.joined(separator: "_"))
print(title.reversed().map { String($0) }.joined())
print(String(title.reversed()))
let csv = "a,b,,c"
print(csv.split(separator: ","))
print(csv.split(separator: ",", omittingEmptySubsequences: false))
print(csv.split(separator: ",", maxSplits: 1))
let lower = title.filter { $0.isLowercase }.count
print("lowercase letters: \(lower)")
print(title.replacing("Swift", with: "Kotlin"))
