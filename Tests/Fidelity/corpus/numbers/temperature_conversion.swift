// Checks Double arithmetic in a temperature conversion table.
func toFahrenheit(_ c: Double) -> Double { c * 9 / 5 + 32 }
func toCelsius(_ f: Double) -> Double { (f - 32) * 5 / 9 }
for c in stride(from: -40.0, through: 100.0, by: 20.0) {
    print("\(c)C = \(toFahrenheit(c))F")
}
print(toCelsius(98.6))
print(toCelsius(0))
print(toFahrenheit(36.6))
let kelvin = 273.15
print(kelvin + 25, kelvin - 300)
