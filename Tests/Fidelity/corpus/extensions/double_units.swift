// Checks extending Double with computed properties for unit conversion (as in the Swift guide).
extension Double {
    var km: Double { return self * 1_000.0 }
    var m: Double { return self }
    var cm: Double { return self / 100.0 }
    var mm: Double { return self / 1_000.0 }
    var ft: Double { return self / 3.28084 }
}

let oneInch = 25.4.mm
print("One inch is \(oneInch) meters")
let threeFeet = 3.ft
print("Three feet is \(threeFeet) meters")
let aMarathon = 42.km + 195.m
print("A marathon is \(aMarathon) meters long")
print(150.cm + 2.m)

extension Double {
    func rounded(toPlaces places: Int) -> Double {
        var factor = 1.0
        for _ in 0..<places { factor *= 10 }
        return (self * factor).rounded() / factor
    }
    var celsiusToFahrenheit: Double { self * 9 / 5 + 32 }
}
print(3.14159.rounded(toPlaces: 2))
print(threeFeet.rounded(toPlaces: 3))
print(37.0.celsiusToFahrenheit, (-40.0).celsiusToFahrenheit)
