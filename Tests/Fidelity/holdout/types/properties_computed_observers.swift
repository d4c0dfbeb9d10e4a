// Checks stored, computed, lazy and observed properties, plus type properties.
struct Point { var x = 0.0, y = 0.0 }
struct Size { var width = 0.0, height = 0.0 }
struct Rect {
    var origin = Point()
    var size = Size()
    var center: Point {
        get { Point(x: origin.x + size.width / 2, y: origin.y + size.height / 2) }
        set {
            origin.x = newValue.x - size.width / 2
            origin.y = newValue.y - size.height / 2
        }
    }
    var area: Double { size.width * size.height }
}
var square = Rect(origin: Point(x: 0.0, y: 0.0), size: Size(width: 10.0, height: 10.0))
square.center = Point(x: 15.0, y: 15.0)
print("square.origin is now at (\(square.origin.x), \(square.origin.y))")
print("area: \(square.area)")
class StepCounter {
    var totalSteps: Int = 0 {
        willSet(newTotalSteps) { print("About to set totalSteps to \(newTotalSteps)") }
        didSet {
            if totalSteps > oldValue { print("Added \(totalSteps - oldValue) steps") }
        }
    }
}
let stepCounter = StepCounter()
stepCounter.totalSteps = 200
stepCounter.totalSteps = 360
stepCounter.totalSteps = 100
class DataImporter {
    init() { print("DataImporter created") }
    var filename = "data.txt"
}
class DataManager {
    lazy var importer = DataImporter()
    var data: [String] = []
}
let manager = DataManager()
manager.data.append("Some data")
print("before lazy access")
print(manager.importer.filename)
struct SomeStructure {
    static var storedTypeProperty = "Some value."
    static var computedTypeProperty: Int { 1 }
}
SomeStructure.storedTypeProperty = "Another value."
print(SomeStructure.storedTypeProperty, SomeStructure.computedTypeProperty)
