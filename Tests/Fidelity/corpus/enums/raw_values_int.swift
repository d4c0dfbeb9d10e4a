// Checks Int raw values, implicit incrementing raw values, and rawValue access.
enum Planet: Int {
    case mercury = 1, venus, earth, mars, jupiter, saturn, uranus, neptune
}
enum StatusCode: Int {
    case ok = 200
    case created = 201
    case notFound = 404
    case serverError = 500
}
enum Level: Int {
    case low, medium, high
}
print(Planet.earth.rawValue)
print(Planet.neptune.rawValue)
print(StatusCode.notFound.rawValue)
print(Level.low.rawValue, Level.medium.rawValue, Level.high.rawValue)
let codes: [StatusCode] = [.ok, .serverError, .created]
print(codes.map { $0.rawValue })
print(codes.map { $0.rawValue }.sorted())
let total = codes.reduce(0) { $0 + $1.rawValue }
print("total \(total)")
