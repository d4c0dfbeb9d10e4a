// Checks dictionary creation, updates, removal and sorted iteration.
var airports: [String: String] = ["YYZ": "Toronto Pearson", "DUB": "Dublin"]
print("The airports dictionary contains \(airports.count) items.")
airports["LHR"] = "London"
airports["LHR"] = "London Heathrow"
if let oldValue = airports.updateValue("Dublin Airport", forKey: "DUB") {
    print("The old value for DUB was \(oldValue).")
}
if let airportName = airports["DUB"] {
    print("The name of the airport is \(airportName).")
}
print(airports["XYZ"] as Any)
airports["APL"] = "Apple International"
airports["APL"] = nil
if let removedValue = airports.removeValue(forKey: "YYZ") {
    print("The removed airport's name is \(removedValue).")
}
for (code, name) in airports.sorted(by: { $0.key < $1.key }) {
    print("\(code): \(name)")
}
let airportCodes = [String](airports.keys).sorted()
print(airportCodes)
let single = ["only": 1]
print(single)
print([String: Int]())
print(airports.keys.contains("LHR"), airports.isEmpty)
