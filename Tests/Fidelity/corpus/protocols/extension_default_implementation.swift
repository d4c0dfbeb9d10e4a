// Checks protocol extensions providing default implementations that conformers may override.
protocol Describable {
    var title: String { get }
    func describe() -> String
}

extension Describable {
    func describe() -> String {
        return "<\(title)>"
    }
    func shout() -> String {
        describe().uppercased()
    }
}

struct Book: Describable {
    let title: String
}

struct Movie: Describable {
    let title: String
    let year: Int
    func describe() -> String {
        "\(title) (\(year))"
    }
}

let b = Book(title: "Dune")
let m = Movie(title: "Alien", year: 1979)
print(b.describe())
print(m.describe())
print(b.shout())
print(m.shout())
