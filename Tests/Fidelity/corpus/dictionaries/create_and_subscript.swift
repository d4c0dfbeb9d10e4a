// Checks dictionary literals, empty dictionaries, subscript get (optional) and set.
var airports: [String: String] = ["YYZ": "Toronto Pearson", "DUB": "Dublin"]
print("The airports dictionary contains \(airports.count) items.")
airports["LHR"] = "London"
print(airports.count)
airports["LHR"] = "London Heathrow"
print(airports["LHR"]!)
if let airportName = airports["DUB"] {
    print("The name of the airport is \(airportName).")
} else {
    print("That airport is not in the airports dictionary.")
}
print(airports["XYZ"] as Any)
print(airports["YYZ"] as Any)
var namesOfIntegers: [Int: String] = [:]
namesOfIntegers[16] = "sixteen"
print(namesOfIntegers)
namesOfIntegers = [:]
print(namesOfIntegers, namesOfIntegers.isEmpty)
