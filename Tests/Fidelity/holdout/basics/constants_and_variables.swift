// Checks let/var declarations, type inference and reassignment.
let maximumLoginAttempts = 10
var currentLoginAttempt = 0
print("max attempts: \(maximumLoginAttempts)")
currentLoginAttempt += 1
currentLoginAttempt += 2
print("current attempt: \(currentLoginAttempt)")
var x = 0.0, y = 0.0, z = 0.0
x = 1.5
y = x * 2
z = x + y
print(x, y, z)
var welcomeMessage: String
welcomeMessage = "Hello"
print(welcomeMessage)
var red, green, blue: Double
red = 0.1; green = 0.5; blue = 1
print("rgb(\(red), \(green), \(blue))")
let friendlyWelcome = "Bonjour!"
print(friendlyWelcome, terminator: "")
print(" <- no newline before this")
