// Checks overriding computed properties and adding property observers to inherited properties.
class Vehicle {
    var currentSpeed = 0.0
    var wheels: Int { return 0 }
    var description: String { "\(wheels) wheels at \(currentSpeed) mph" }
}
class Car: Vehicle {
    var gear = 1
    override var wheels: Int { return 4 }
    override var description: String {
        return super.description + " in gear \(gear)"
    }
}
class AutomaticCar: Car {
    override var currentSpeed: Double {
        didSet {
            gear = Int(currentSpeed / 10.0) + 1
        }
    }
}
class Motorbike: Vehicle {
    override var wheels: Int { 2 }
}
let automatic = AutomaticCar()
automatic.currentSpeed = 35.0
print("AutomaticCar: \(automatic.description)")
automatic.currentSpeed = 72.5
print("AutomaticCar: \(automatic.description)")
let bike = Motorbike()
bike.currentSpeed = 50
print("Motorbike: \(bike.description)")
let v: Vehicle = Car()
print(v.wheels)
