// Checks @autoclosure delaying evaluation, and explicit closures delaying side effects.
var customersInLine = ["Chris", "Alex", "Ewa", "Barry", "Daniella"]
print(customersInLine.count)
let customerProvider = { customersInLine.remove(at: 0) }
print(customersInLine.count)
print("Now serving \(customerProvider())!")
print(customersInLine.count)

func serve(customer customerProvider: @autoclosure () -> String) {
    print("Now serving \(customerProvider())!")
}
serve(customer: customersInLine.remove(at: 0))
print(customersInLine)

func logIf(_ condition: Bool, _ message: @autoclosure () -> String) {
    if condition {
        print("LOG: " + message())
    }
}
func expensive() -> String {
    print("(computing message)")
    return "details"
}
logIf(false, expensive())
logIf(true, expensive())

func myAnd(_ a: Bool, _ b: @autoclosure () -> Bool) -> Bool {
    a ? b() : false
}
print(myAnd(false, expensive() == "details"))
print(myAnd(true, expensive() == "details"))
