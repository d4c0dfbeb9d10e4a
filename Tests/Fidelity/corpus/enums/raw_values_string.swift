// Checks String raw values, including implicit raw values equal to the case name, and Character raw values.
enum CompassPoint: String {
    case north, south, east, west
}
enum Beverage: String {
    case coffee = "Coffee"
    case tea
    case hotChocolate = "Hot Chocolate"
}
enum ASCIIControlCharacter: Character {
    case tab = "\t"
    case lineFeed = "\n"
    case carriageReturn = "\r"
}
let sunsetDirection = CompassPoint.west.rawValue
print(sunsetDirection)
print(Beverage.coffee.rawValue, Beverage.tea.rawValue, Beverage.hotChocolate.rawValue)
print("I'd like a \(Beverage.hotChocolate.rawValue), please")
print(ASCIIControlCharacter.tab.rawValue == "\t")
print(Beverage.tea)
print(CompassPoint.north.rawValue.uppercased())
