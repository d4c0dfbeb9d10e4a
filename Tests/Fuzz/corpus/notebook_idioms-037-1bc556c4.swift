// Static properties may use other statics and bind names
struct Config {
    static let names = ["a", "b"].map { $0.uppercased() }
    static let first = names.first!
    static let kind = switch names.count { case let n where n > 5: "many \(n)"; case 2: "pair"; default: "some" }
}
print(Config.names, Config.first, Config.kind)
