// Checks dictionaries whose values are arrays: appending through optional chaining and default:.
var schedule: [String: [String]] = ["Mon": ["gym"], "Tue": []]
schedule["Mon"]?.append("work")
schedule["Tue"]?.append("piano")
schedule["Wed"]?.append("ignored")
schedule["Thu", default: []].append("chess")
for day in ["Mon", "Tue", "Wed", "Thu"] {
    if let tasks = schedule[day] {
        print("\(day): \(tasks)")
    } else {
        print("\(day): no entry")
    }
}
let busiest = schedule.max { $0.value.count < $1.value.count }!
print(busiest.key, busiest.value.count)
print(schedule.values.map { $0.count }.sorted())
