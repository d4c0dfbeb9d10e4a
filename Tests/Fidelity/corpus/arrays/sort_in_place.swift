// Checks sort(), sort(by: >) and sorting strings and doubles in place.
var numbers = [42, 7, 19, -3, 0, 7, 100]
numbers.sort()
print(numbers)
numbers.sort(by: >)
print(numbers)

var names = ["Chris", "alex", "Ewa", "Barry", "Daniella"]
names.sort()
print(names)
names.sort { $0.lowercased() < $1.lowercased() }
print(names)
names.sort { $0.count < $1.count }
print(names)

var values: [Double] = [3.5, -1.25, 2.0, 0.5]
values.sort()
print(values)
