// Checks output before a runtime trap: force-unwrapping a missing dictionary key.
let capitals = ["France": "Paris", "Japan": "Tokyo", "Peru": "Lima"]
func capital(of country: String) -> String {
    return capitals[country]!
}
for country in ["France", "Japan", "Peru"] {
    print("\(country): \(capital(of: country))")
}
print("looking up Atlantis")
print(capital(of: "Atlantis"))
print("unreachable")
