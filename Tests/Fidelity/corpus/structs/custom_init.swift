// Checks custom initializers with argument labels, unlabeled parameters, and delegation.
struct Celsius {
    var temperatureInCelsius: Double
    init(fromFahrenheit fahrenheit: Double) {
        temperatureInCelsius = (fahrenheit - 32.0) / 1.8
    }
    init(fromKelvin kelvin: Double) {
        temperatureInCelsius = kelvin - 273.15
    }
    init(_ celsius: Double) {
        temperatureInCelsius = celsius
    }
}
let boilingPointOfWater = Celsius(fromFahrenheit: 212.0)
let freezingPointOfWater = Celsius(fromKelvin: 273.15)
let bodyTemperature = Celsius(37.0)
print(boilingPointOfWater.temperatureInCelsius)
print(freezingPointOfWater.temperatureInCelsius)
print(bodyTemperature.temperatureInCelsius)

struct Rect {
    var originX = 0.0, originY = 0.0
    var width = 0.0, height = 0.0
    init() {}
    init(x: Double, y: Double, width: Double, height: Double) {
        originX = x; originY = y
        self.width = width; self.height = height
    }
    init(centerX: Double, centerY: Double, width: Double, height: Double) {
        self.init(x: centerX - width / 2, y: centerY - height / 2, width: width, height: height)
    }
}
let r = Rect(centerX: 4.0, centerY: 4.0, width: 3.0, height: 3.0)
print(r.originX, r.originY, r.width, r.height)
print(Rect())
