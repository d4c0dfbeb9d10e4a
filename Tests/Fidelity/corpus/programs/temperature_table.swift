// Checks a Celsius/Fahrenheit/Kelvin conversion table printed with stride and manual padding.
func fahrenheit(_ c: Double) -> Double { c * 9 / 5 + 32 }
func kelvin(_ c: Double) -> Double { c + 273.15 }

func pad(_ s: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - s.count)) + s
}

print(pad("C", 6), pad("F", 8), pad("K", 8))
for c in stride(from: -40.0, through: 100.0, by: 20.0) {
    let f = (fahrenheit(c) * 10).rounded() / 10
    print(pad(String(c), 6), pad(String(f), 8), pad(String(kelvin(c)), 8))
}

let readings: [Double] = [36.6, 37.2, 38.5]
let converted = readings.map { fahrenheit($0) }
print(converted)
print(converted.map { Int($0.rounded()) })
let boiling = stride(from: 0, through: 100, by: 25).map { "\($0)C=\(Int(fahrenheit(Double($0))))F" }
print(boiling.joined(separator: ", "))
