// Checks removeValue(forKey:), assigning nil to delete, and removeAll().
var airports = ["YYZ": "Toronto Pearson", "DUB": "Dublin Airport", "APL": "Apple International"]
airports["APL"] = nil
print(airports.count, airports["APL"] as Any)
if let removedValue = airports.removeValue(forKey: "DUB") {
    print("The removed airport's name is \(removedValue).")
} else {
    print("The airports dictionary does not contain a value for DUB.")
}
if let removedValue = airports.removeValue(forKey: "DUB") {
    print("removed again: \(removedValue)")
} else {
    print("The airports dictionary does not contain a value for DUB.")
}
print(airports)
airports.removeAll()
print(airports.isEmpty, airports.count)
