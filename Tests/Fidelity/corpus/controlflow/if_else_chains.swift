// Checks if / else if / else chains, compound conditions and if as an expression.
var temperatureInFahrenheit = 30
if temperatureInFahrenheit <= 32 {
    print("It's very cold. Consider wearing a scarf.")
}
for t in [40, 90, 72] {
    temperatureInFahrenheit = t
    if temperatureInFahrenheit <= 32 {
        print("It's very cold. Consider wearing a scarf.")
    } else if temperatureInFahrenheit >= 86 {
        print("It's really warm. Don't forget to wear sunscreen.")
    } else {
        print("It's not that cold. Wear a T-shirt.")
    }
}
let age = 20
let hasTicket = true
if age >= 18 && hasTicket {
    print("Welcome in")
}
if age < 13 || !hasTicket {
    print("Sorry")
} else {
    print("Enjoy the show")
}
let weatherAdvice = if temperatureInFahrenheit <= 32 {
    "It's very cold."
} else {
    "It's not that cold."
}
print(weatherAdvice)
