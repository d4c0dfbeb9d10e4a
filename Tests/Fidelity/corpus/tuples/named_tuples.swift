// Checks named tuple elements, printing labels, and assignment between labeled tuples.
let http200Status = (statusCode: 200, description: "OK")
print("The status code is \(http200Status.statusCode)")
print("The status message is \(http200Status.description)")
print(http200Status)
var person = (name: "Grace", age: 85)
person.age += 1
print(person.name, person.age)
print(person)
let unlabeled: (String, Int) = person
print(unlabeled)
let coords: (x: Double, y: Double) = (3, 4)
print(coords, (coords.x * coords.x + coords.y * coords.y).squareRoot())
print(type(of: coords))
