// Checks updateValue(_:forKey:) returning the old value or nil.
var airports = ["YYZ": "Toronto Pearson", "DUB": "Dublin"]
if let oldValue = airports.updateValue("Dublin Airport", forKey: "DUB") {
    print("The old value for DUB was \(oldValue).")
}
let inserted = airports.updateValue("Heathrow", forKey: "LHR")
print(inserted as Any)
print(airports["DUB"]!, airports["LHR"]!)
print(airports.count)
var stock = ["apples": 3]
let previous = stock.updateValue(stock["apples", default: 0] + 5, forKey: "apples")
print(previous!, stock["apples"]!)
print(stock)
