// Checks that defer blocks run in reverse order at scope exit, including on throw and return.
enum StepError: Error { case failed(Int) }

func process(_ steps: Int, failAt: Int?) throws {
    print("begin")
    defer { print("cleanup A") }
    defer { print("cleanup B") }
    for i in 1...steps {
        defer { print("  end of step \(i)") }
        if i == failAt { throw StepError.failed(i) }
        print("  step \(i)")
    }
    print("all steps done")
}

try? process(2, failAt: nil)
print("---")
do {
    try process(3, failAt: 2)
} catch {
    print("caught \(error)")
}
print("---")
func early(_ flag: Bool) -> String {
    defer { print("deferred in early(\(flag))") }
    if flag { return "returned early" }
    return "returned late"
}
print(early(true))
print(early(false))
