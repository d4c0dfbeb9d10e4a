// Checks optional chaining through classes, methods and subscripts.
class Person {
    var residence: Residence?
}
class Room {
    let name: String
    init(name: String) { self.name = name }
}
class Residence {
    var rooms: [Room] = []
    var numberOfRooms: Int { rooms.count }
    subscript(i: Int) -> Room { rooms[i] }
    func printNumberOfRooms() { print("The number of rooms is \(numberOfRooms)") }
    var address: String?
}
let john = Person()
if let roomCount = john.residence?.numberOfRooms {
    print("John's residence has \(roomCount) room(s).")
} else {
    print("Unable to retrieve the number of rooms.")
}
print(john.residence?.numberOfRooms as Any)
if john.residence?.printNumberOfRooms() == nil {
    print("It was not possible to print the number of rooms.")
}
let house = Residence()
house.rooms.append(Room(name: "Living Room"))
house.rooms.append(Room(name: "Kitchen"))
john.residence = house
if let firstRoomName = john.residence?[0].name {
    print("The first room name is \(firstRoomName).")
}
john.residence?.printNumberOfRooms()
print(john.residence?.address?.count as Any)
john.residence?.address = "1 Infinite Loop"
print(john.residence?.address?.uppercased() ?? "no address")
var testScores = ["Dave": [86, 82, 84], "Bev": [79, 94, 81]]
testScores["Dave"]?[0] = 91
testScores["Bev"]?[0] += 1
testScores["Brian"]?[0] = 72
print(testScores["Dave"]!, testScores["Bev"]!, testScores["Brian"] as Any)
