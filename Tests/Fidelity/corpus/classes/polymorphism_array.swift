// Checks dynamic dispatch over an array of base-class references holding subclasses.
class Employee {
    let name: String
    init(name: String) { self.name = name }
    func pay() -> Int { 0 }
    func role() -> String { "employee" }
}
class Salaried: Employee {
    let salary: Int
    init(name: String, salary: Int) {
        self.salary = salary
        super.init(name: name)
    }
    override func pay() -> Int { salary / 12 }
    override func role() -> String { "salaried" }
}
class Hourly: Employee {
    let rate: Int, hours: Int
    init(name: String, rate: Int, hours: Int) {
        self.rate = rate
        self.hours = hours
        super.init(name: name)
    }
    override func pay() -> Int { rate * hours }
    override func role() -> String { "hourly" }
}
class Intern: Hourly {
    override func role() -> String { "intern (" + super.role() + ")" }
}
let staff: [Employee] = [
    Salaried(name: "Alice", salary: 120_000),
    Hourly(name: "Bob", rate: 40, hours: 160),
    Intern(name: "Cara", rate: 15, hours: 80),
    Employee(name: "Dan"),
]
for e in staff {
    print("\(e.name) [\(e.role())]: \(e.pay())")
}
print("payroll: \(staff.map { $0.pay() }.reduce(0, +))")
