// Checks switch and if used as expressions (Swift 5.9+) assigning and returning values.
enum Weather {
    case sunny, rainy, snowy(inches: Int)
}
func advice(for weather: Weather) -> String {
    switch weather {
    case .sunny: "Wear sunglasses"
    case .rainy: "Take an umbrella"
    case .snowy(let inches) where inches > 6: "Stay home"
    case .snowy: "Wear boots"
    }
}
for w in [Weather.sunny, .rainy, .snowy(inches: 2), .snowy(inches: 10)] {
    print(advice(for: w))
}
let hour = 14
let greeting = switch hour {
case 5..<12: "Good morning"
case 12..<18: "Good afternoon"
default: "Good evening"
}
print(greeting)
let level = 7
let label: String = if level > 5 { "high" } else { "low" }
print(label)
