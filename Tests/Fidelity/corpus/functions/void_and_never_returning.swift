// Checks functions without return values, implicit returns, and discardable results.
func printBanner(_ text: String) {
    let line = String(repeating: "=", count: text.count + 4)
    print(line)
    print("| \(text) |")
    print(line)
}
printBanner("Swift")

@discardableResult
func record(_ event: String) -> Int {
    print("recorded \(event)")
    return event.count
}
record("launch")
let n = record("stop")
print(n)

func printAndCount(string: String) -> Int {
    print(string)
    return string.count
}
func printWithoutCounting(string: String) {
    let _ = printAndCount(string: string)
}
print(printAndCount(string: "hello, world"))
printWithoutCounting(string: "hello, world")
let result: Void = printBanner("ok")
print(result)
