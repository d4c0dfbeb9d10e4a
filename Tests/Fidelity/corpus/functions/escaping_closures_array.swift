// Checks @escaping closures stored in an array and called later, in order.
var completionHandlers: [() -> Void] = []
func someFunctionWithEscapingClosure(completionHandler: @escaping () -> Void) {
    completionHandlers.append(completionHandler)
}
func someFunctionWithNonescapingClosure(closure: () -> Void) {
    closure()
}
class SomeClass {
    var x = 10
    func doSomething() {
        someFunctionWithEscapingClosure { self.x = 100 }
        someFunctionWithNonescapingClosure { x = 200 }
    }
}
let instance = SomeClass()
instance.doSomething()
print(instance.x)
completionHandlers.first?()
print(instance.x)

var queue: [(Int) -> String] = []
func enqueue(_ label: String, _ job: @escaping (Int) -> String) {
    queue.append { n in label + ": " + job(n) }
}
enqueue("double") { "\($0 * 2)" }
enqueue("square") { "\($0 * $0)" }
enqueue("negate") { "\(-$0)" }
print("queued \(queue.count) jobs")
for job in queue {
    print(job(6))
}
