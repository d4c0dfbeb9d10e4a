// Checks optional chaining through properties, methods and subscripts of classes.
class Person {
    var residence: Residence?
}

class Room {
    let name: String; init(name: String) { self.name = name }
}

class Residence {
    var rooms: [Room] = []
    var numberOfRooms: Int { return rooms.count }
    subscript(i: Int) -> Room { rooms[i] }
    func printNumberOfRooms() {
        print("The number of rooms is \(numberOfRooms)")
    }
}

let john = Person()
if let roomCount = john.residence?.numberOfRooms {
    print("John's residence has \(roomCount) room(s).")
} else {
    print("Unable to retrieve the number of rooms.")
}
if john.residence?.printNumberOfRooms() == nil {
    print("It was not possible to print the number of rooms.")
}

let house = Residence()
house.rooms.append(Room(name: "Living Room"))
house.rooms.append(Room(name: "Kitchen"))
john.residence = house
if let roomCount = john.residence?.numberOfRooms {
    print("John's residence has \(roomCount) room(s).")
}
john.residence?.printNumberOfRooms()
if let firstRoomName = john.residence?[0].name {
    print("The first room name is \(firstRoomName).")
}
