// Checks willSet and didSet observers, including custom parameter names and oldValue.
struct StepCounter {
    var totalSteps: Int = 0 {
        willSet(newTotalSteps) {
            print("About to set totalSteps to \(newTotalSteps)")
        }
        didSet {
            if totalSteps > oldValue {
                print("Added \(totalSteps - oldValue) steps")
            } else {
                print("Steps went from \(oldValue) to \(totalSteps)")
            }
        }
    }
}
var stepCounter = StepCounter()
stepCounter.totalSteps = 200
stepCounter.totalSteps = 360
stepCounter.totalSteps = 896
stepCounter.totalSteps = 100

struct Thermostat {
    var target = 20 {
        didSet {
            if target > 30 {
                print("clamping \(target) to 30")
                target = 30
            }
        }
    }
}
var t = Thermostat()
t.target = 25
t.target = 40
print("target = \(t.target)")
t.target += 1
print("target = \(t.target)")
